// Forms that use a laptop's width (1366×768): a field is as wide as what it may hold (a service's
// name is not cut at one column), related fields sit side by side, a refusal shows under its own
// field, and a button keeps its distance from the fields above it. axe-core stays clean.
import type { Locator } from '@playwright/test';
import { createCommune, expect, expectNoAxeViolation, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

test('dossier forms use the width of a laptop screen', async ({ page }) => {
  await createCommune(page, 'Saint-Flour');

  // Related fields side by side: the representative's civility, first name and name on one line.
  await page.getByRole('tab', { name: 'Collectivité', exact: true }).click();
  const civilite = await box(page.getByLabel('Civilité du représentant'));
  const prenom = await box(page.getByLabel('Prénom du représentant'));
  const nom = await box(page.getByLabel('Nom du représentant', { exact: true }));
  expect(Math.abs(prenom.y - civilite.y)).toBeLessThan(2);
  expect(Math.abs(nom.y - prenom.y)).toBeLessThan(2);
  expect(prenom.x).toBeGreaterThan(civilite.x + civilite.width);

  // A refusal shows under its own field, inside its column.
  const insee = page.getByLabel(/^Code INSEE/);
  await insee.fill('123');
  await insee.blur();
  const message = page.getByText(/^Code INSEE doit comporter 5 caractères/);
  await expect(message).toBeVisible();
  const field = await box(insee);
  const said = await box(message);
  expect(said.y).toBeGreaterThanOrEqual(field.y + field.height);
  expect(said.x).toBeGreaterThanOrEqual(field.x - 1);
  expect(said.x + said.width).toBeLessThanOrEqual(field.x + field.width + 1);
  await insee.fill('15187');
  await insee.blur();
  await expect(message).toHaveCount(0);

  // A service's name (up to 150 characters) takes two columns: a long one is not cut.
  await page.getByRole('tab', { name: 'État', exact: true }).click();
  const service = page.getByLabel('Service de l’agent référent');
  await service.fill('Bureau de l’accueil, de l’intégration et de la nationalité, direction des migrations');
  const serviceBox = await box(service);
  const code = await box(page.getByLabel('Code du département de la préfecture'));
  expect(serviceBox.width).toBeGreaterThan(1.9 * code.width);
  expect(await service.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
  await expectNoAxeViolation(page);

  // A button is not glued to the fields above it.
  await page.getByRole('tab', { name: 'Actions', exact: true }).click();
  const submit = await box(page.getByRole('button', { name: 'Ajouter l’action' }));
  const porteur = await box(page.getByLabel('Porteur de la nouvelle action'));
  expect(submit.y - (porteur.y + porteur.height)).toBeGreaterThanOrEqual(8);
  await page.getByLabel('Intitulé de la nouvelle action').fill('Cours de français');
  await page.getByLabel('Porteur de la nouvelle action').fill('Langues en partage');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cours de français' })).toBeVisible();
  const addYear = await box(page.getByRole('button', { name: /^Ajouter le budget/ }));
  const rna = await box(page.getByLabel(/^Numéro RNA/));
  expect(addYear.y - (rna.y + rna.height)).toBeGreaterThanOrEqual(8);

  // A long text takes the whole row.
  const objectifs = await box(page.getByLabel('Objectifs', { exact: true }));
  const section = await box(page.getByRole('region', { name: 'Cours de français' }));
  expect(objectifs.width).toBeGreaterThan(0.8 * section.width);
  await expectNoAxeViolation(page);
  await page.screenshot({ path: 'test-results/screens/formulaire-action.png', fullPage: true });
});
