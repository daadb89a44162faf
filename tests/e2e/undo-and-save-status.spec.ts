import type { Page } from '@playwright/test';
import { createCommune, expect, expectNoAxeViolation, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });
// Each test fills a dossier, then runs axe-core over it: more than the 30 s default when CI's two
// workers share two cores (one timed out inside axe-core's analysis).
test.describe.configure({ timeout: 90_000 });

const status = (page: Page) => page.locator('#etat-enregistrement');
const thousands = (text: string) => new RegExp(text.replace(/ /g, '[\\s\\u202f\\u00a0]'));

async function fill(page: Page, label: string, value: string) {
  const input = page.getByLabel(new RegExp(`^${label}`));
  await input.fill(value);
  await input.press('Tab');
}

test('undo names its change and acts in the tab where it was made, leading there from another', async ({ page }) => {
  await createCommune(page, 'Saint-Flour');
  await fill(page, 'Population', '6400');
  await expect(status(page)).toHaveText('Enregistré');
  await fill(page, 'Population', '6391');
  await expect(page.getByLabel(/^Population/)).toHaveValue('6391');
  const undo = page.getByRole('button', { name: /^Annuler : / });
  await expect(undo).toHaveText(thousands('Annuler : Population 6 400 → 6 391'));

  // From another tab, the change is not undone blindly: the bar says where it is.
  await page.getByRole('tab', { name: 'État', exact: true }).click();
  await expect(undo).toHaveCount(0);
  await expect(
    page.getByText(thousands('Dernière modification, onglet Collectivité : Population 6 400 → 6 391')),
  ).toBeVisible();
  await expectNoAxeViolation(page);
  await page.getByRole('link', { name: 'Aller à l’onglet Collectivité pour l’annuler' }).click();
  await expect(page.getByRole('tab', { name: 'Collectivité', exact: true })).toHaveAttribute('aria-selected', 'true');
  await undo.click();
  await expect(page.getByLabel(/^Population/)).toHaveValue('6400');
  await expect(undo).toHaveText(thousands('Annuler : Population vide → 6 400'));

  // Undoing the last change by keyboard: the button turns into « Rien à annuler », disabled, and
  // the focus stays on the page's controls rather than falling to the page itself.
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Rien à annuler' })).toBeDisabled();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

  // A change of a long text: the undo button names it shortly, and the status stays readable.
  await page.getByRole('tab', { name: 'Actions', exact: true }).click();
  await page.getByRole('tab', { name: 'Collectivité', exact: true }).click();
  await fill(page, 'Nom de la collectivité', 'Saint-Flour '.repeat(12).trim());
  await expect(status(page)).toHaveText('Enregistré');
  const label = (await undo.textContent())!;
  expect(label.length).toBeLessThanOrEqual('Annuler : '.length + 120);
  expect(label.endsWith('…')).toBe(true);
  expect((await status(page).boundingBox())!.width).toBeGreaterThan(150);
});

test('the save status follows the fields: refused while a field shows a refusal, saved once it is put back', async ({
  page,
}) => {
  await createCommune(page, 'Mauriac');
  // A right-to-left override pasted in a field never shows the text reversed, nor is stored.
  await page.getByLabel(/^Nom de la collectivité/).fill('Mauriac\u202e centre');
  await expect(page.getByLabel(/^Nom de la collectivité/)).toHaveValue('Mauriac centre');
  await page.getByLabel(/^Nom de la collectivité/).fill('Mauriac');
  // Refused before saving (not a number)…
  await fill(page, 'Population', 'beaucoup');
  await expect(status(page)).toContainText('Non enregistré');
  // The field itself says it is refused, to screen readers too.
  await expect(page.getByLabel(/^Population/)).toHaveAttribute('aria-invalid', 'true');
  await fill(page, 'Population', '');
  await expect(status(page)).toHaveText('Enregistré');
  await expect(page.getByLabel(/^Population/)).not.toHaveAttribute('aria-invalid', 'true');
  // … and refused by the dossier's rules.
  await fill(page, 'Code INSEE', '12');
  await expect(status(page)).toContainText('Non enregistré');
  await expect(
    page
      .getByText(/Code INSEE/)
      .filter({ hasText: /caractères|doit/ })
      .first(),
  ).toBeVisible();
  await expectNoAxeViolation(page);
  // From another tab, the bar names the refused value and leads to its tab.
  await page.getByRole('tab', { name: 'Actions', exact: true }).click();
  await expect(status(page)).toContainText('Non enregistré — Code INSEE');
  await page.getByRole('link', { name: 'Aller à l’onglet Collectivité' }).click();
  await expect(page.getByRole('tab', { name: 'Collectivité', exact: true })).toHaveAttribute('aria-selected', 'true');
  await fill(page, 'Code INSEE', '');
  await expect(status(page)).toHaveText('Enregistré');
});
