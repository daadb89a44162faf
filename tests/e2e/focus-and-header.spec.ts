// Who works here, in the header; no menu before the first start's identity is saved; closing a
// dialog (Escape, or its « Garder » button) gives the focus back to the button that opened it.
import type { Page } from '@playwright/test';
import { test as base } from '@playwright/test';
import { createCommune, expect, expectNoAxeViolation, test } from './fixtures';

base.use({ viewport: { width: 1366, height: 768 } });
test.use({ viewport: { width: 1366, height: 768 } });

base(
  'the first start has no menu until the identity is saved; then the header says who and where',
  async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Contrats CTAI' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link')).toHaveCount(0);
    await expect(page.getByLabel(/^Votre service \(facultatif\)/)).toBeVisible();
    await expectNoAxeViolation(page);
    await page.getByLabel(/^Votre nom/).fill('Claire Martin');
    await page.getByLabel(/^Votre site/).fill('Sous-préfecture de Saint-Flour');
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(page.getByRole('link', { name: 'Dossiers', exact: true }).first()).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Claire Martin — Sous-préfecture de Saint-Flour' }).first(),
    ).toBeVisible();
    await expectNoAxeViolation(page);
  },
);

/** Opens a dialog from a button with the keyboard, closes it with `close`, and checks the focus came back. */
async function focusComesBack(page: Page, opener: string, dialogName: string, close: 'Escape' | string) {
  const button = page.getByRole('button', { name: opener, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  if (close === 'Escape') await page.keyboard.press('Escape');
  else await dialog.getByRole('button', { name: close }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
}

test('every dialog of a dossier gives the focus back to its button', async ({ page }) => {
  await createCommune(page, 'Murat');
  await page.getByRole('tab', { name: 'Synthèse', exact: true }).click();
  await focusComesBack(page, 'Supprimer le dossier…', 'Supprimer le dossier « Murat » ?', 'Escape');
  await focusComesBack(page, 'Supprimer le dossier…', 'Supprimer le dossier « Murat » ?', 'Garder le dossier');

  await page.getByRole('tab', { name: 'Actions', exact: true }).click();
  await page.getByLabel('Intitulé de la nouvelle action').fill('Cours de français');
  await page.getByLabel('Axe principal de la nouvelle action').selectOption({ index: 1 });
  await page.getByLabel('Porteur de la nouvelle action').fill('Association Accueil');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cours de français' })).toBeVisible();
  await focusComesBack(page, 'Supprimer « Cours de français »', 'Supprimer l’action ?', 'Escape');
  await focusComesBack(page, 'Supprimer « Cours de français »', 'Supprimer l’action ?', 'Garder l’action');
  // Deleting an action gives the focus to the one now in its place.
  await page.getByLabel('Intitulé de la nouvelle action').fill('Atelier numérique');
  await page.getByLabel('Axe principal de la nouvelle action').selectOption({ index: 1 });
  await page.getByLabel('Porteur de la nouvelle action').fill('Association Accueil');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Atelier numérique' })).toBeVisible();
  const actionsTable = page.getByRole('table', { name: /action/i });
  const [first, second] = (await actionsTable.getByRole('rowheader').allTextContents()).map((name) => name.trim());
  await page.getByRole('button', { name: `Supprimer « ${first} »`, exact: true }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog', { name: 'Supprimer l’action ?' })
    .getByRole('button', { name: 'Supprimer l’action' })
    .click();
  await expect(page.getByRole('button', { name: `Modifier « ${second} »`, exact: true })).toBeFocused();
  await page.getByRole('button', { name: `Modifier « ${second} »`, exact: true }).click();
  // The action opened: its form's heading takes the focus, in view.
  await expect(page.getByRole('heading', { level: 2, name: second })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: second })).toBeInViewport();
  const year = new Date().getFullYear();
  await focusComesBack(page, `Supprimer le budget ${year}…`, `Supprimer le budget ${year} ?`, 'Escape');
  await focusComesBack(page, `Supprimer le budget ${year}…`, `Supprimer le budget ${year} ?`, 'Garder le budget');

  // A year of the diagnostic's figures is removed only once confirmed, as a year's budget.
  await page.getByRole('tab', { name: 'Diagnostic', exact: true }).click();
  const add = page.getByRole('button', { name: /^Ajouter l’année \d{4}$/ });
  const added = (await add.textContent())!.match(/\d{4}/)![0];
  await add.click();
  // The new year's first figure takes the focus: a second Enter would otherwise add a year more.
  await expect(page.getByLabel('Titres de séjour signés').last()).toBeFocused();
  const removeYear = `Supprimer l’année ${added}…`;
  const question = `Supprimer les chiffres de ${added} ?`;
  await focusComesBack(page, removeYear, question, 'Escape');
  await focusComesBack(page, removeYear, question, 'Garder les chiffres');
  await page.getByRole('button', { name: removeYear }).click();
  await expectNoAxeViolation(page);
  await page.getByRole('dialog', { name: question }).getByRole('button', { name: 'Supprimer les chiffres' }).click();
  await expect(page.getByRole('button', { name: removeYear })).toHaveCount(0);
  // The button went with the year: the focus goes to what now stands in its place (here the
  // button adding a year), never to the page.
  await expect(page.getByRole('button', { name: /^Ajouter l’année \d{4}$/ })).toBeFocused();
});
