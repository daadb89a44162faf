// Paramètres › « Données ouvertes des conventions »: refused, with what is missing, until the
// préfecture's SIRET (checked by its key) and département are given; then the file of the demo
// dossiers this préfecture signed, valid against the SCDL Subventions schema, the others listed.
import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolation, test, loadDemoData } from './fixtures';
import schema from '../../shared/opendata/scdl-subventions.schema.json' with { type: 'json' };
import { tableSchemaErrors } from '../unit/helpers/table-schema';

test('the open data of the conventions is exported once the préfecture’s SIRET is known', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/parametres');
  await loadDemoData(page, 30_000);

  const exportButton = page.getByRole('button', { name: 'Exporter les données essentielles des conventions (CSV)' });
  await exportButton.click();
  await expect(
    page.getByText('Rien n’a été exporté : des valeurs obligatoires manquent (liste ci-dessous).'),
  ).toBeVisible();
  await expect(page.getByText(/Le SIRET de la préfecture manque/)).toBeVisible();
  await expect(page.getByText(/Le département de la préfecture manque/)).toBeVisible();

  const form = page.getByRole('form', { name: 'Votre préfecture' });
  await form.getByLabel('Code du département').fill('33');
  await form.getByLabel('Nom de la préfecture').fill('Préfecture de la Gironde');
  await form.getByLabel('SIRET de la préfecture').fill('17380001400017');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByText(/clé de contrôle fausse/)).toBeVisible();
  await form.getByLabel('SIRET de la préfecture').fill('17380001400016');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Les informations de votre préfecture sont enregistrées.')).toBeVisible();

  const download = page.waitForEvent('download');
  await exportButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^donnees-essentielles-conventions_\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(
    page.getByText(
      /Le fichier des données essentielles a été enregistré : \d+ lignes ; \d+ dossiers signés par d’autres préfectures, non publiés ici/,
    ),
  ).toBeVisible();
  await expect(
    page.getByText(/signé par une autre préfecture, qui le publie \(Préfecture de la Guyane\)/).first(),
  ).toBeVisible();
  const path = (await file.path())!;
  const lines = (await readFile(path, 'utf8')).trim().split('\r\n');
  expect(lines[0]).toMatch(/^nomAttribuant,idAttribuant,dateConvention,/);
  // Every line is one this préfecture signed, under its name.
  expect(lines.slice(1).every((line) => line.startsWith('Préfecture de la Gironde,17380001400016,'))).toBe(true);
  expect(await tableSchemaErrors(path, schema)).toEqual([]);
  await expectNoAxeViolation(page);
});
