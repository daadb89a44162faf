import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createCommune, expect, expectNoAxeViolation, showFilters, test, loadDemoData } from './fixtures';

test('lists what a document needs, with links to the fields, before generating anything', async ({ page }) => {
  await createCommune(page, 'Le Havre');
  await page.getByRole('tab', { name: 'Documents', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Générer le contrat' })).toBeDisabled();
  const link = page.getByRole('link', { name: 'Le numéro de la délibération autorisant la signature.' });
  await expect(link).toBeVisible();
  await expectNoAxeViolation(page);
  await link.click();
  await expect(page.getByRole('tab', { name: 'Collectivité', exact: true })).toHaveAttribute('aria-selected', 'true');
});

test('refuses a character the documents cannot print, naming the field, before generating anything', async ({
  page,
}) => {
  await createCommune(page, 'Ville 华 de test');
  await page.getByRole('tab', { name: 'Documents', exact: true }).click();
  const letter = page.getByRole('region', { name: 'Lettre d’intention', exact: true });
  await expect(letter.getByText('Pour générer la lettre d’intention, corrigez d’abord :')).toBeVisible();
  const link = letter.getByRole('link', {
    name: '« Nom de la collectivité » contient un caractère que les documents ne savent pas imprimer : « 华 » (U+534E). Remplacez-le ou retirez-le, puis recommencez.',
  });
  await expect(link).toBeVisible();
  await expect(letter.getByRole('button', { name: 'Générer la lettre d’intention' })).toBeDisabled();
  await expectNoAxeViolation(page);
  await link.click();
  await expect(page.getByRole('tab', { name: 'Collectivité', exact: true })).toHaveAttribute('aria-selected', 'true');

  // Typed in a field a document prints, such a character is refused at once, under the field.
  const name = page.getByLabel(/^Nom de la collectivité/);
  await name.fill('Ville 😀 de test');
  await expect(
    page.getByText(
      '« Nom de la collectivité » contient un caractère que les documents ne savent pas imprimer : « 😀 » (U+1F600). Remplacez-le ou retirez-le, puis recommencez.',
      { exact: true },
    ),
  ).toBeVisible();
  await expect(page.locator('#etat-enregistrement')).toHaveText(
    /^Non enregistré — « Nom de la collectivité » contient/,
  );
  await name.fill('Ville de test');
  await expect(page.getByText(/contient un caractère que les documents ne savent pas imprimer/)).toHaveCount(0);
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');
  await page.reload();
  await expect(page.getByLabel(/^Nom de la collectivité/)).toHaveValue('Ville de test');
});

test('generates the contract, keeps each version with its hash, previews and saves it', async ({ page }) => {
  await page.goto('./#/parametres');
  await loadDemoData(page, 45_000);
  await page.goto('./#/dossiers');
  await showFilters(page);
  await page.getByLabel('Étape').selectOption({ label: 'Suivi (avenants et bilans)' });
  await page
    .getByRole('region', { name: /Liste des dossiers/ })
    .getByRole('link')
    .first()
    .click();
  await page.getByRole('tab', { name: 'Documents', exact: true }).click();

  await page.getByRole('button', { name: 'Générer le contrat' }).click();
  await expect(page.getByText('Version 1 générée (PDF et DOCX).')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Générer le contrat' }).click();
  await expect(page.getByText('Version 2 générée (PDF et DOCX).')).toBeVisible({ timeout: 30_000 });
  const contract = page.getByRole('region', { name: 'Contrat', exact: true });
  await expect(contract.getByRole('table', { name: 'Versions générées (2)' })).toBeVisible();

  await contract.getByRole('button', { name: 'Aperçu de la version 2' }).click();
  await expect(contract.locator('iframe[title^="Aperçu de CTAI_"]')).toBeVisible();
  await expectNoAxeViolation(page);

  const shown = (await contract.getByRole('row', { name: /^2/ }).locator('code').textContent())!.trim();
  const download = page.waitForEvent('download');
  await contract.getByRole('button', { name: 'Enregistrer le PDF de la version 2' }).click();
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(shown);
  await expect(contract.getByText(/^CTAI_.*\.pdf enregistré\.$/)).toBeVisible();
  // In a browser there is no file manager to show the file in.
  await expect(contract.getByRole('button', { name: 'Afficher dans le dossier' })).toHaveCount(0);

  await contract.getByRole('button', { name: 'Enregistrer comme version signée (version 2)' }).click();
  await expect(contract.getByRole('row', { name: /^2/ })).toContainText('Signée');
});
