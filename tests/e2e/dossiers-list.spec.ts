// The Dossiers list on a laptop screen: folded filters, a header that stays in view with columns
// of fixed width, sorting by a click on a column's name (said to screen readers), and a search
// that finds Saint-Flour however it is typed.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolation, showFilters, test, loadDemoData } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

async function loadDemo(page: Page) {
  await page.goto('./#/parametres');
  await loadDemoData(page, 30_000);
}

const search = (page: Page) => page.getByRole('searchbox', { name: /^Rechercher une collectivité/ });
const region = (page: Page) => page.getByRole('region', { name: /Liste des dossiers/ });
const firstNames = (page: Page) =>
  region(page)
    .locator('tbody th a')
    .evaluateAll((links) => links.slice(0, 8).map((link) => link.textContent ?? ''));

test('filters fold away, the header stays, columns keep their width, headers sort', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadDemo(page);
  await page.goto('./#/dossiers');
  // Folded: the results are right under the search.
  await expect(page.getByLabel('Étape', { exact: true })).toBeHidden();
  await expect(region(page)).toBeInViewport();
  await expectNoAxeViolation(page);

  const header = region(page).locator('thead th').first();
  const widths = () =>
    region(page)
      .locator('thead th')
      .evaluateAll((cells) => cells.map((c) => c.clientWidth));
  const before = await widths();
  const top = (await header.boundingBox())!.y;
  // On a laptop screen, several rows show under the search without scrolling the page.
  const rowsInView = await region(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length);
  expect(rowsInView).toBeGreaterThanOrEqual(4);
  await region(page).evaluate((element) => element.scrollTo(0, 3000));
  await expect.poll(async () => (await header.boundingBox())!.y).toBe(top);
  // Stuck at the very top of the list's box: no row shows above it.
  expect(top - (await region(page).boundingBox())!.y).toBeLessThan(2);
  expect(await widths()).toEqual(before);

  // Sorting on a column: ascending, then descending, announced by aria-sort and read out by the
  // list's status line (a live region); the column's name carries no sign.
  const nameHeader = page.getByRole('columnheader', { name: /Collectivité/ });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await firstNames(page);
  await region(page).evaluate((element) => element.scrollTo(0, 0));
  await page.getByRole('button', { name: /^Collectivité/ }).click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('status').filter({ hasText: 'triés par Collectivité, ordre décroissant' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Collectivité', exact: true })).toBeVisible();
  const descending = await firstNames(page);
  expect(descending[0]).not.toBe(ascending[0]);
  expect([...descending].sort((a, b) => b.localeCompare(a, 'fr'))).toEqual(descending);

  const numberHeader = page.getByRole('columnheader', { name: /N° de dossier/ });
  await page.getByRole('button', { name: /^N° de dossier/ }).click();
  await expect(numberHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
  await expect(page.getByRole('status').filter({ hasText: 'triés par N° de dossier, ordre croissant' })).toBeVisible();
  const numbers = await region(page)
    .locator('tbody tr td:first-of-type')
    .evaluateAll((cells) => cells.slice(0, 8).map((cell) => cell.textContent ?? ''));
  expect([...numbers].sort()).toEqual(numbers);
  // Widths do not move with the rows shown.
  expect(await widths()).toEqual(before);

  // Unfolded, the filters say how many are active.
  await showFilters(page);
  // Each filter within the page's width (the search field's): none runs past the margin.
  const right = await page.getByRole('searchbox').evaluate((input) => input.getBoundingClientRect().right);
  const selects = await page
    .getByRole('search')
    .locator('select')
    .evaluateAll((all) => all.map((select) => select.getBoundingClientRect().right));
  for (const edge of selects) expect(edge).toBeLessThanOrEqual(right + 0.5);
  await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
  await expect(page.locator('summary', { hasText: 'Filtres (1 actif : Commune)' })).toBeVisible();
  await expectNoAxeViolation(page);
});

test('« st flour », « SAINT FLOUR » and « saint-flour » find Saint-Flour', async ({ page }) => {
  for (const nom of ['Saint-Flour', 'Aurillac']) {
    await page.goto('./#/dossiers/nouveau');
    await page.getByLabel(/^Nom de la collectivité/).fill(nom);
    await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: nom })).toBeVisible();
  }
  await page.goto('./#/dossiers');
  for (const query of ['st flour', 'SAINT FLOUR', 'saint-flour', 'St-Flour']) {
    await search(page).fill(query);
    await expect(page.getByRole('status').filter({ hasText: '1 dossier sur 2' })).toBeVisible();
    await expect(region(page).getByRole('link', { name: 'Saint-Flour' })).toBeVisible();
  }
});
