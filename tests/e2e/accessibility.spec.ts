import { expect, expectNoAxeViolation, test } from './fixtures';

const screens = [
  { path: './#/', title: 'Tableau de bord' },
  { path: './#/dossiers', title: 'Dossiers' },
  { path: './#/dossiers/nouveau', title: 'Nouveau dossier' },
  { path: './#/echanges', title: 'Échanges' },
  { path: './#/parametres', title: 'Paramètres' },
  { path: './#/a-propos', title: 'À propos de Contrats CTAI' },
  { path: './#/raccourcis', title: 'Raccourcis clavier' },
];

for (const screen of screens) {
  test(`no axe-core violation on « ${screen.title} »`, async ({ page }) => {
    await page.goto(screen.path);
    await expect(page.getByRole('heading', { level: 1, name: screen.title })).toBeVisible();
    await expectNoAxeViolation(page);
  });
}

test('no axe-core violation with form errors shown, nor on a list with a dossier', async ({ page }) => {
  await page.goto('./#/dossiers/nouveau');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Choisissez le type de collectivité dans la liste.')).toBeVisible();
  await expectNoAxeViolation(page);

  await page.getByLabel('Nom de la collectivité').fill('Tours');
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tours' })).toBeVisible();
  await page.goto('./#/dossiers');
  await expect(page.getByRole('row', { name: /Tours/ })).toBeVisible();
  await expectNoAxeViolation(page);
});
