// The dashboard on a laptop screen: each chart's table folded behind « Voir le tableau », and a
// bar (or its name in the table) opens the Dossiers list filtered on what it counts.
import { expect, expectNoAxeViolation, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('tables fold behind « Voir le tableau »; a bar opens the list filtered on it', async ({ page }) => {
  await page.goto('./#/parametres');
  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(page.getByText('200 dossiers de démonstration ont été chargés.')).toBeVisible({ timeout: 30_000 });
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
  await expect(page.locator('summary', { hasText: 'Filtres (1 actif)' })).toBeVisible();

  // The mouse's way: the bar itself.
  await page.goto('./#/');
  await page.getByRole('figure', { name: 'Dossiers par étape' }).locator('rect').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /dossiers? sur 200/ })).toBeVisible();
});
