// The demo data of Paramètres: asked for confirmation, loaded again over the same demo dossiers
// (never over the agent's own), and the keyboard's focus kept on the button throughout.
import { createCommune, expect, expectNoAxeViolation, loadDemoData, test } from './fixtures';

const LOAD = 'Charger les données de démonstration';

test('the confirmation can be cancelled with Escape, the focus back on the button', async ({ page }) => {
  await page.goto('./#/parametres');
  const button = page.getByRole('button', { name: LOAD });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `${LOAD} ?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    'les modifications que vous y avez faites sont perdues. Vos propres dossiers ne sont pas modifiés',
  );
  await expectNoAxeViolation(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await page.goto('./#/dossiers');
  await expect(page.getByText('Aucun dossier pour l’instant.')).toBeVisible();
});

test('loading twice gives the same 200 demo dossiers; the agent’s own stays; the focus stays on the button', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await createCommune(page, 'Saint-Agrève-sur-Test');
  await page.goto('./#/parametres');
  const button = page.getByRole('button', { name: LOAD });
  await button.click();
  await page
    .getByRole('dialog', { name: `${LOAD} ?` })
    .getByRole('button', { name: 'Charger les 200 dossiers' })
    .click();
  // While loading: the button says it is unavailable but keeps the focus (a disabled one drops it
  // to the page), and a click on it asks nothing more.
  await expect(page.getByText('Création des dossiers de démonstration…')).toBeVisible();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  await expect(page.getByText('200 dossiers de démonstration ont été chargés.')).toBeVisible({ timeout: 45_000 });
  await expect(button).toBeFocused();
  await expect(button).not.toHaveAttribute('aria-disabled');

  await page.reload();
  await loadDemoData(page);
  await page.goto('./#/dossiers');
  await expect(page.getByRole('status').filter({ hasText: /^201 dossiers,/ })).toBeVisible();
  await page.getByLabel('Rechercher une collectivité ou un numéro de dossier').fill('Saint-Agrève-sur-Test');
  await expect(page.getByRole('link', { name: 'Saint-Agrève-sur-Test' })).toBeVisible();
});
