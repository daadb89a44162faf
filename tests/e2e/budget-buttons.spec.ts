import type { Page } from '@playwright/test';
import { createCommune, expect, expectNoAxeViolation, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

const year = new Date().getFullYear();

function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

async function fill(page: Page, label: string, value: string) {
  const input = field(page, label);
  await input.fill(value);
  await input.press('Tab');
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');
}

test('co-funders start empty and any one can be removed; a year is copied, and deleted only once confirmed', async ({
  page,
}) => {
  await createCommune(page, 'Saint-Flour');
  await page.getByRole('tab', { name: 'Actions', exact: true }).click();
  await page.getByLabel('Intitulé de la nouvelle action').fill('Cours de français');
  await page.getByLabel('Axe principal de la nouvelle action').selectOption({ index: 1 });
  await page.getByLabel('Porteur de la nouvelle action').fill('Association Accueil');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cours de français' })).toBeVisible();

  await fill(page, `Coût total ${year}`, '30000');
  for (const [i, nom] of ['CAF', 'Département', 'Commune'].entries()) {
    await page.getByRole('button', { name: `Ajouter un cofinanceur en ${year}` }).click();
    // A new co-funder has no name yet (a placeholder word would print in the contract), and the
    // agent types it at once: focus is in its name.
    await expect(field(page, `Cofinanceur ${i + 1} (${year})`)).toHaveValue('');
    await expect(field(page, `Cofinanceur ${i + 1} (${year})`)).toBeFocused();
    await fill(page, `Cofinanceur ${i + 1} (${year})`, nom);
  }
  // Each co-funder has its own remove button, named for it.
  await page.getByRole('button', { name: `Retirer le cofinanceur 2 (${year})` }).click();
  // Focus leaves the button for the list: a second press does not remove the next co-funder.
  await expect(page.getByRole('list', { name: `Cofinanceurs (${year})` })).toBeFocused();
  await expect(field(page, `Cofinanceur 1 (${year})`)).toHaveValue('CAF');
  await expect(field(page, `Cofinanceur 2 (${year})`)).toHaveValue('Commune');
  await expect(field(page, `Cofinanceur 3 (${year})`)).toHaveCount(0);

  // The next year copied from this one: amounts and co-funders, nothing granted yet.
  await page.getByRole('button', { name: `Copier l’année précédente (${year}) dans un budget ${year + 1}` }).click();
  await expect(field(page, `Coût total ${year + 1}`)).toHaveValue(/^30.000,00$/);
  await expect(field(page, `Cofinanceur 2 (${year + 1})`)).toHaveValue('Commune');
  await expect(field(page, `Montant CTAI accordé ${year + 1}`)).toHaveValue('');
  await expectNoAxeViolation(page);

  // A year the action already has is refused as typed (its amounts would count twice).
  const copiedYear = field(page, `Année (budget ${year + 1})`);
  await copiedYear.fill(String(year));
  await copiedYear.press('Tab');
  await expect(
    page.getByText(`Pour l’action « Cours de français », l’année ${year} a deux budgets : fusionnez-les en un seul.`, {
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.locator('#etat-enregistrement')).toHaveText(/^Non enregistré/);
  await copiedYear.fill(String(year + 1));
  await copiedYear.press('Tab');
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');

  // Deleting a year asks first; « Garder le budget » keeps it.
  await page.getByRole('button', { name: `Supprimer le budget ${year + 1}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Supprimer le budget ${year + 1} ?` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolation(page);
  await dialog.getByRole('button', { name: 'Garder le budget' }).click();
  await expect(dialog).toBeHidden();
  await expect(field(page, `Coût total ${year + 1}`)).toBeVisible();
  await page.getByRole('button', { name: `Supprimer le budget ${year + 1}…` }).click();
  // Tab runs through the dialog's buttons in the order they are drawn, left to right.
  const remove = dialog.getByRole('button', { name: 'Supprimer le budget' });
  const keep = dialog.getByRole('button', { name: 'Garder le budget' });
  const [removeBox, keepBox] = [(await remove.boundingBox())!, (await keep.boundingBox())!];
  const [first, second] = removeBox.x < keepBox.x ? [remove, keep] : [keep, remove];
  await first.focus();
  await page.keyboard.press('Tab');
  await expect(second).toBeFocused();
  await remove.click();
  await expect(field(page, `Coût total ${year + 1}`)).toHaveCount(0);
  await expect(field(page, `Coût total ${year}`)).toBeVisible();
  // The button that opened the dialog went with the year: the focus stays near, never on the page.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  expect(await page.evaluate(() => document.activeElement?.closest('fieldset, section') !== null)).toBe(true);
});
