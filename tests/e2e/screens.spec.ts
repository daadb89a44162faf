// Screenshots of the screens an agent works in all day, at a laptop's 1366×768, written to
// test-results/screens/ to be looked at: the Dossiers list, every tab of a dossier in follow-up
// (demo data), the dashboard and Paramètres (the form of an action: form-layout.spec.ts). Each screen is also checked with axe-core.
import { DOSSIER_TAB_LABELS } from '../../renderer/src/dossier/dossier-tabs';
import { expect, expectNoAxeViolation, showFilters, test, loadDemoData } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

const DIR = 'test-results/screens';

test('screens at 1366×768', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./#/parametres');
  await loadDemoData(page, 30_000);

  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await page.screenshot({ path: `${DIR}/tableau-de-bord.png` });
  await page.screenshot({ path: `${DIR}/tableau-de-bord-page-entiere.png`, fullPage: true });

  await page.goto('./#/dossiers');
  await expect(page.getByRole('region', { name: /Liste des dossiers \(200\)/ })).toBeVisible();
  await page.screenshot({ path: `${DIR}/dossiers.png` });
  await showFilters(page);
  await page.screenshot({ path: `${DIR}/dossiers-filtres.png` });
  await page.getByLabel('Étape', { exact: true }).selectOption({ label: 'Suivi (avenants et bilans)' });
  await expect(page.getByRole('status').filter({ hasText: /dossiers? sur 200/ })).toBeVisible();
  await page
    .getByRole('region', { name: /Liste des dossiers/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('tab', { name: 'Synthèse', exact: true })).toBeVisible({ timeout: 30_000 });

  for (const [tab, label] of Object.entries(DOSSIER_TAB_LABELS)) {
    await page.getByRole('tab', { name: label, exact: true }).click();
    await expect(page.getByRole('tab', { name: label, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText(/^Chargement/)).toHaveCount(0);
    await page.screenshot({ path: `${DIR}/dossier-${tab}.png` });
  }
  await expectNoAxeViolation(page);

  await page.goto('./#/parametres');
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await page.screenshot({ path: `${DIR}/parametres.png`, fullPage: true });
  await expectNoAxeViolation(page);
});
