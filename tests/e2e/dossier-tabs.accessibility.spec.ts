import { expect, expectNoAxeViolation, showFilters, test, loadDemoData } from './fixtures';

const TABS = [
  'Synthèse',
  'Collectivité',
  'État',
  'Diagnostic',
  'Actions',
  'Financement',
  'Contrat',
  'Suivi',
  'Documents',
  'Historique',
];

test('no axe-core violation in any tab of a full dossier, with a dialog open, nor on the dashboard and the list', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('./#/parametres');
  await loadDemoData(page, 45_000);

  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  // The total (the chart of territories by form counts the same 200 demo contracts).
  await expect(
    page.getByRole('list', { name: 'Chiffres du programme' }).getByText('200', { exact: true }),
  ).toBeVisible();
  await expectNoAxeViolation(page);

  await page.goto('./#/dossiers');
  await showFilters(page);
  await page.getByLabel('Étape').selectOption({ label: 'Suivi (avenants et bilans)' });
  await expect(page.getByRole('status').filter({ hasText: /dossiers sur 200/ })).toBeVisible();
  await expectNoAxeViolation(page);
  await page
    .getByRole('region', { name: /Liste des dossiers/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('tab', { name: 'Synthèse' })).toBeVisible();

  for (const tab of TABS) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolation(page);
  }

  await page.getByRole('tab', { name: 'Actions', exact: true }).click();
  await page
    .getByRole('button', { name: /^Supprimer « / })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer l’action ?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolation(page);
  await dialog.getByRole('button', { name: 'Garder l’action' }).click();
  await expect(dialog).toBeHidden();
});
