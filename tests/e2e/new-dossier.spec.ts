import { expect, storedDossierCount, test } from './fixtures';

test('creates a dossier that is still there after a reload', async ({ page }) => {
  await page.goto('./#/dossiers');
  await page.getByRole('link', { name: 'Nouveau dossier' }).click();
  await page.getByLabel('Nom de la collectivité').fill('Clermont-Ferrand');
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByText('Dossier « Clermont-Ferrand » créé.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Clermont-Ferrand' })).toBeVisible();
  await page.getByRole('link', { name: 'Dossiers', exact: true }).first().click();
  const row = page.getByRole('row', { name: /Clermont-Ferrand/ });
  await expect(row).toContainText('Commune');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Clermont-Ferrand/ })).toBeVisible();
  expect(await storedDossierCount(page)).toBe(1);
});

test('refuses an empty collectivité name in French and stores nothing', async ({ page }) => {
  await page.goto('./#/dossiers/nouveau');
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Métropole' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByText('Le nom de la collectivité est obligatoire.')).toBeVisible();
  await expect(page.getByLabel('Nom de la collectivité')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau dossier' })).toBeVisible();
  expect(await storedDossierCount(page)).toBe(0);

  await page.goto('./#/dossiers');
  await expect(page.getByText('Aucun dossier pour l’instant.')).toBeVisible();
});

test('creates a dossier with the keyboard alone', async ({ page }) => {
  await page.goto('./#/dossiers/nouveau');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau dossier' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: /Rechercher dans la liste officielle/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nom de la collectivité')).toBeFocused();
  await page.keyboard.type('Région Bretagne');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Type de collectivité')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  // The form of the dossier: a contract unless the agent chooses otherwise (arrow keys).
  await expect(page.getByRole('radio', { name: 'Contrat (CTAI)' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Contrat (CTAI)' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Région Bretagne' })).toBeVisible();
  await expect(page.getByText('Région', { exact: false }).first()).toBeVisible();
});

test('moves between the dossier tabs with the keyboard', async ({ page }) => {
  await page.goto('./#/dossiers/nouveau');
  await page.getByLabel(/^Nom de la collectivité/).fill('Rennes');
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const collectivite = page.getByRole('tab', { name: 'Collectivité', exact: true });
  await expect(collectivite).toHaveAttribute('aria-selected', 'true');
  await collectivite.focus();
  // The arrow keys move to the next tab and show it at once (automatic activation): no key may be
  // pressed before the screen has followed, or the tab list would act on the previous tab.
  await page.keyboard.press('ArrowRight');
  const etat = page.getByRole('tab', { name: 'État', exact: true });
  await expect(etat).toBeFocused();
  await expect(etat).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Nom du signataire', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(collectivite).toBeFocused();
  await expect(collectivite).toHaveAttribute('aria-selected', 'true');
});
