// The dashboard on a laptop screen: compact (the first chart on the first screen), each chart's
// table folded behind « Voir le tableau », a bar (or its name in the table) opens the Dossiers
// list filtered on what it counts, and the to-do list shows its first lines, the rest one key away.
import { expect, expectNoAxeViolation, test, loadDemoData } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('tables fold behind « Voir le tableau »; a bar opens the list filtered on it', async ({ page }) => {
  await page.goto('./#/parametres');
  await loadDemoData(page, 30_000);
  await page.goto('./#/');
  // The programme's sentence, as `ctai report` writes it, for the dossiers of the base.
  await expect(
    page.getByText(/^\d+ territoires engagés : \d+ communes?, \d+ EPCI, .* en cumulé (de \d{4} à \d{4}|sur )/),
  ).toBeVisible();
  await expect(page.getByText(/\d+ actions? financées? \(retenues? par un acte signé\), pour \d+/)).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Territoires engagés par région' })).toBeVisible();
  const byType = page.getByRole('figure', { name: 'Dossiers par type de collectivité' });
  const table = page.getByRole('table', { name: 'Dossiers par type de collectivité (tableau)' });
  await expect(table).toBeHidden();
  await expectNoAxeViolation(page);
  await byType.getByText('Voir le tableau').click();
  await expect(table).toBeVisible();
  const communes = Number(
    (
      (await table
        .getByRole('row', { name: /^Commune / })
        .getByRole('cell')
        .textContent()) ?? ''
    ).replace(/\D/g, ''),
  );
  expect(communes).toBeGreaterThan(0);
  await expectNoAxeViolation(page);

  // The keyboard's way: the name in the table.
  await table.getByRole('link', { name: 'Commune', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `${communes} dossiers sur 200` })).toBeVisible();
  await expect(page.locator('summary', { hasText: 'Filtres (1 actif : Commune)' })).toBeVisible();

  // The mouse's way: the bar itself.
  await page.goto('./#/');
  await page.getByRole('figure', { name: 'Dossiers par étape' }).locator('rect').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /dossiers? sur 200/ })).toBeVisible();

  // Every chart of dossiers opens the list: a région's bar filters on the région, an axe's (credits)
  // on the dossiers funding an action on that axe.
  for (const [chart, filter] of [
    ['Territoires engagés par région', 'Région'],
    ['Crédits de l’État accordés par axe', 'Axe d’une action'],
  ] as const) {
    await page.goto('./#/');
    const figure = page.getByRole('figure', { name: chart });
    await figure.getByText('Voir le tableau').click();
    const row = figure.getByRole('table').getByRole('row').nth(1);
    const link = row.getByRole('link');
    const name = (await link.textContent())!.trim();
    const figureText = (await row.getByRole('cell').last().textContent())!;
    await link.click();
    await expect(page.getByRole('status').filter({ hasText: /dossiers? sur 200/ })).toBeVisible();
    await expect(page.getByLabel(filter).locator('option:checked')).toHaveText(name);
    // The région's bar counts territories: the list says its count among its dossiers.
    if (filter === 'Région')
      await expect(page.getByRole('status').filter({ hasText: `(${figureText.trim()} territoire` })).toBeVisible();
  }
});

test('fits a laptop screen: the first chart on the first screen, a short to-do list, its rest by keyboard', async ({
  page,
}) => {
  await page.goto('./#/parametres');
  await loadDemoData(page, 30_000);
  await page.goto('./#/');
  const steps = page.getByRole('figure', { name: 'Dossiers par étape' });
  await expect(steps).toBeVisible();
  // 4 300 px with the to-do list above every chart, one chart a line.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2000);
  expect((await steps.boundingBox())!.y).toBeLessThan(768);

  const toDo = page.getByRole('region', { name: 'À faire' });
  const lines = toDo.getByRole('listitem');
  await expect(lines).toHaveCount(8);
  // Each line names its dossier's number: two « Bilan 2025 » of one collectivité are told apart.
  for (const line of await lines.all()) await expect(line).toHaveText(/\(n° CTAI-[0-9AB]+-\d{4}-DEMO-\d{3}\) : /);
  const more = toDo.locator('summary', { hasText: /^Voir les \d+ autres échéances$/ });
  const rest = Number(((await more.textContent()) ?? '').replace(/\D/g, ''));
  expect(rest).toBeGreaterThan(0);
  await lines.last().getByRole('link').focus();
  await page.keyboard.press('Tab');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lines).toHaveCount(8 + rest);
  await expect(lines.last()).toBeVisible();
  await expectNoAxeViolation(page);

  // The counts open the Dossiers list on them.
  await toDo.getByRole('link', { name: /^\d+ échéances? dépassées?$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /dossiers? sur 200/ })).toBeVisible();
  await expect(page.locator('summary', { hasText: 'Filtres (1 actif : Échéance dépassée)' })).toBeVisible();
});

test('an empty dashboard leads to a new dossier and to the demo data', async ({ page }) => {
  await page.goto('./#/');
  await expect(page.getByText('Aucun dossier pour l’instant.')).toBeVisible();
  await page.getByRole('link', { name: 'chargez les données de démonstration dans les Paramètres' }).click();
  await expect(page.getByRole('button', { name: 'Charger les données de démonstration' })).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'Créez un dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau dossier' })).toBeVisible();
});
