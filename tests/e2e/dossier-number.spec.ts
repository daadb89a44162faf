import { expect, expectNoAxeViolation, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('a new dossier is numbered; its number shows in its header and the list, and finds it', async ({ page }) => {
  const numbers: string[] = [];
  for (const nom of ['Saint-Flour', 'Aurillac']) {
    await page.goto('./#/dossiers/nouveau');
    await page.getByLabel(/^Nom de la collectivité/).fill(nom);
    await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: nom })).toBeVisible();
    const header = page.getByText(/^Dossier n° CTAI-/);
    await expect(header).toHaveText(/^Dossier n° CTAI-00-\d{4}-[0-9A-Z]{4}-00\d$/);
    numbers.push(((await header.textContent()) ?? '').replace('Dossier n° ', ''));
  }
  const year = new Date().getFullYear();
  expect(numbers[0]).toMatch(new RegExp(`^CTAI-00-${year}-[0-9A-Z]{4}-001$`));
  expect(numbers[1]).toBe(numbers[0]!.replace(/001$/, '002'));

  await page.goto('./#/dossiers');
  await expect(page.getByRole('row', { name: /Saint-Flour/ })).toContainText(numbers[0]!);
  await page.getByRole('searchbox', { name: /^Rechercher une collectivité/ }).fill(numbers[1]!.slice(5));
  await expect(page.getByRole('row', { name: /Aurillac/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Saint-Flour/ })).toHaveCount(0);
  await expectNoAxeViolation(page);
});
