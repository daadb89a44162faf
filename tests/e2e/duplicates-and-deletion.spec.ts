import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolation, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

async function createFromList(page: Page, query: string, option: RegExp) {
  await page.goto('./#/dossiers/nouveau');
  await page.getByRole('combobox', { name: /Rechercher dans la liste officielle/ }).fill(query);
  await page.getByRole('option', { name: option }).click();
}

test('a second dossier for the same collectivité is warned about, with a link to the first', async ({ page }) => {
  await createFromList(page, 'Saint-Flour', /^Saint-Flour Commune/);
  await expect(page.getByText(/existe déjà/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saint-Flour' })).toBeVisible();
  const numero = ((await page.getByText(/^Dossier n° /).textContent()) ?? '').replace('Dossier n° ', '');

  await createFromList(page, 'Saint-Flour', /^Saint-Flour Commune/);
  const warning = page.getByText('Un dossier existe déjà pour cette collectivité');
  await expect(warning).toBeVisible();
  await expectNoAxeViolation(page);
  // The same name typed by hand, with another spelling, is the same collectivité too.
  await page.getByLabel(/^Nom de la collectivité/).fill('saint flour');
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
  await expect(warning).toBeVisible();
  await page.getByRole('link', { name: `Saint-Flour (dossier n° ${numero})` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saint-Flour' })).toBeVisible();
  await expect(page.getByText(`Dossier n° ${numero}`, { exact: true })).toBeVisible();
});

test('a dossier created by mistake is deleted after confirmation, and kept in a backup taken first', async ({
  page,
}) => {
  await page.goto('./#/dossiers/nouveau');
  await page.getByLabel(/^Nom de la collectivité/).fill('Commune erronée');
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Commune erronée' })).toBeVisible();
  await page.getByRole('tab', { name: 'Synthèse', exact: true }).click();

  const open = page.getByRole('button', { name: 'Supprimer le dossier…' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer le dossier « Commune erronée » ?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolation(page);
  await dialog.getByRole('button', { name: 'Garder le dossier' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Commune erronée' })).toBeVisible();

  await open.click();
  await dialog.getByRole('button', { name: 'Supprimer le dossier' }).click();
  await expect(page.getByText('Dossier « Commune erronée » supprimé.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Commune erronée/ })).toHaveCount(0);

  await page.goto('./#/parametres');
  const backups = page.getByRole('table', { name: /Sauvegardes conservées/ });
  await expect(backups.getByRole('row', { name: /Avant la suppression d’un dossier/ })).toBeVisible();
});
