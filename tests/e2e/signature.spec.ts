// A signature that holds, and avenants as acts: after signature every path (a field, undo, a
// step back, an import from another site) leaves the granted amounts as signed and says why; an
// avenant changes its year only, is numbered n° 1 and its PDF's schedule equals its amounts.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { agent, exportOne, importFrom } from './exchange-steps';
import { expect, expectNoAxeViolation, reachStep, showFilters, test, loadDemoData } from './fixtures';

const FROZEN = 'Le contrat est signé : modifiez ce montant par un avenant.';
const FROZEN_FIRST_YEAR = 'Le contrat est signé : le montant de sa première année est celui du contrat.';
const money = (text: string) => text.replace(/[\s\u00a0\u202f]/g, ' ');

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** Loads the demo data and opens the first dossier whose contract has just been signed. */
async function openSignedDemoDossier(page: Page): Promise<string> {
  await page.goto('./#/parametres');
  await loadDemoData(page, 30_000);
  await page.goto('./#/dossiers');
  await showFilters(page);
  await page.getByLabel('Étape').selectOption({ label: 'Validation et signature' });
  // The count drops below 200 once the filter has applied (the first link is then the right one).
  await expect(page.getByRole('status').filter({ hasText: /^1?\d{1,2} dossiers? sur 200/ })).toBeVisible();
  await page
    .getByRole('region', { name: /Liste des dossiers/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('tab', { name: 'Synthèse', exact: true })).toBeVisible({ timeout: 30_000 });
  const name = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  return name;
}

/** The first action's granted amount for the contract's first year, as the field shows it. */
async function firstGranted(page: Page): Promise<{ year: number; field: ReturnType<Page['getByLabel']> }> {
  await openTab(page, 'Actions');
  await page
    .getByRole('button', { name: /^Modifier « / })
    .first()
    .click();
  const field = page.getByLabel(/^Montant CTAI accordé \d{4}/).first();
  const label = (await page
    .locator('label', { hasText: /^Montant CTAI accordé \d{4}/ })
    .first()
    .textContent())!;
  return { year: Number(/(\d{4})/.exec(label)![1]), field };
}

test('after signature, a field, undo and a step back leave the granted amounts; « Annuler la signature » asks a reason and shows in the history', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openSignedDemoDossier(page);

  // A field: refused beside it, with the way to go (the first year is the contract's own).
  const { field } = await firstGranted(page);
  const signed = await field.inputValue();
  await field.fill('1');
  await field.press('Tab');
  await expect(page.getByText(FROZEN_FIRST_YEAR).first()).toBeVisible();
  // A later year changes by an avenant.
  const later = page.getByLabel(/^Montant CTAI accordé \d{4}/).nth(1);
  await later.fill('1');
  await later.press('Tab');
  await expect(page.getByText(FROZEN).first()).toBeVisible();
  // The save bar names the refusals in their fields' words.
  await expect(page.locator('#etat-enregistrement')).toContainText('Non enregistré — 2 valeurs saisies sont refusées');
  await expect(page.locator('#etat-enregistrement')).toContainText('Le contrat est signé');
  await expect(page.getByRole('link', { name: 'Préparer un avenant' })).toBeVisible();
  await expectNoAxeViolation(page);
  await page.reload();
  expect(await (await firstGranted(page)).field.inputValue()).toBe(signed);

  // No step back from a signed contract; only « Annuler la signature », which asks a reason.
  await openTab(page, 'Synthèse');
  await expect(page.getByLabel('Revenir à l’étape')).toHaveCount(0);
  await page.getByRole('button', { name: 'Annuler la signature' }).click();
  await expect(page.locator('.fr-input-group--error')).toContainText(
    'Indiquez le motif de l’annulation de la signature.',
  );
  await expect(page.getByLabel(/^Motif/)).toBeFocused();
  await page.getByLabel(/^Motif/).fill('Montant de la première action à corriger');
  await page.getByRole('button', { name: 'Annuler la signature' }).click();
  await expect(page.getByText('Enregistré : Signature du contrat annulée.')).toBeVisible();
  await expect(
    page.getByText(
      /Signature annulée \(« Proposition et demande de financement »\) — motif : Montant de la première action à corriger — signature du/,
    ),
  ).toBeVisible();

  // Unsigned, the amount changes; signed again, undo cannot bring the old amount back.
  const again = (await firstGranted(page)).field;
  await again.fill('1000');
  await again.press('Tab');
  await expect(again).toHaveValue('1 000,00');
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');
  await openTab(page, 'Contrat');
  const date = page.getByLabel('Date de signature', { exact: true });
  await date.fill('2026-01-15');
  await date.press('Tab');
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');
  await openTab(page, 'Synthèse');
  await page.getByLabel('Date', { exact: true }).fill('2026-01-15');
  await reachStep(page, 'Validation et signature');

  // Undo, three times: the step, the signature's date, the amount — each refused, saying why.
  // Each undo names its change and acts in the tab where it was made, leading there from another.
  const undo = page.getByRole('button', { name: /^Annuler : / });
  await expect(undo).toHaveText(/^Annuler : Étape « Validation et signature » atteinte/);
  await undo.click();
  await expect(page.locator('#etat-enregistrement')).toContainText('Le contrat est signé : le dossier ne revient pas');
  await expect(undo).toHaveCount(0);
  await page.getByRole('link', { name: 'Aller à l’onglet Contrat pour l’annuler' }).click();
  await expect(undo).toHaveText(/^Annuler : Date de signature vide → 2026-01-15/);
  await undo.click();
  await expect(page.locator('#etat-enregistrement')).toContainText('Le contrat est signé');
  await page.getByRole('link', { name: 'Aller à l’onglet Actions pour l’annuler' }).click();
  await expect(undo).toHaveText(/^Annuler : Montant CTAI accordé \d{4} .+ → 1 000,00/);
  await undo.click();
  await expect(page.locator('#etat-enregistrement')).toContainText(FROZEN_FIRST_YEAR);
  await page.reload();
  expect(await (await firstGranted(page)).field.inputValue()).toBe('1 000,00');

  // The history tells the cancellation, with its author.
  await openTab(page, 'Historique');
  await expect(page.getByRole('table', { name: /Historique des modifications/ })).toContainText(
    'Signature du contrat annulée',
  );
});

test('an avenant for the second year changes that year only, is numbered n° 1, and its PDF’s schedule equals its amounts', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openSignedDemoDossier(page);
  await openTab(page, 'Contrat');
  const amounts = page.getByRole('table', { name: /Montants de l’État par année/ });
  const rows = amounts.getByRole('row');
  const firstYear = Number((await rows.nth(1).getByRole('rowheader').textContent())!.trim());
  const second = firstYear + 1;
  const firstBefore = await amounts.getByRole('row', { name: new RegExp(`^${firstYear}`) }).textContent();

  await page.getByLabel('Année de l’avenant').selectOption(String(second));
  await page.getByRole('button', { name: 'Préparer un avenant' }).click();
  const draft = page.getByRole('group', { name: new RegExp(`Projet d’avenant n° 1 — ${second}`) });
  await expect(draft).toBeVisible();
  const amount = draft.getByLabel(/ : montant \d{4}/).first();
  await amount.fill('12345');
  await amount.press('Tab');
  await expect(amount).toHaveValue('12 345,00');
  const date = draft.getByLabel(`Date de signature (avenant ${second})`);
  await date.fill(`${second}-02-01`);
  await date.press('Tab');
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');
  await expectNoAxeViolation(page);
  await draft.getByRole('button', { name: `Enregistrer la signature de l’avenant ${second}` }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`Avenant n° 1 — ${second} \\(signé le`) })).toBeVisible();

  // The year of the avenant now reads from it; the first year is as the contract set it.
  await expect(amounts.getByRole('row', { name: new RegExp(`^${second}`) })).toContainText('avenant n° 1');
  expect(await amounts.getByRole('row', { name: new RegExp(`^${firstYear}`) }).textContent()).toBe(firstBefore);
  const total = money(
    (await amounts
      .getByRole('row', { name: new RegExp(`^${second}`) })
      .getByRole('cell')
      .nth(1)
      .textContent())!,
  );

  // The avenant cites the finance law of its signature's year; the table may not know it yet (it
  // depends on the day the demo data is made), so the agent enters it in Paramètres, as one would.
  const dossierUrl = page.url();
  const law = `${second - 1}-1999`;
  await page.goto('./#/parametres');
  await page.getByLabel('Année budgétaire').fill(String(second));
  await page.getByLabel('Numéro de la loi').fill(law);
  await page.getByLabel('Date de promulgation').fill(`${second - 1}-12-30`);
  await page.getByRole('button', { name: 'Enregistrer la loi de finances' }).click();
  await expect(page.getByText(`La loi de finances pour ${second} est enregistrée.`)).toBeVisible();
  await page.goto(dossierUrl);
  await openTab(page, 'Documents');
  await page.getByLabel('Année de l’avenant').selectOption(String(second));
  await page.getByRole('button', { name: 'Générer l’avenant' }).click();
  await expect(page.getByText('Version 1 générée (PDF et DOCX).')).toBeVisible({ timeout: 30_000 });
  const section = page.getByRole('region', { name: 'Avenant financier' });
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Enregistrer le PDF de la version 1' }).click();
  const text = money(execFileSync('pdftotext', ['-layout', (await (await download).path())!, '-']).toString('utf8'));
  expect(text).toContain(`Avenant financier n° 1 pour l’année ${second}`);
  expect(text).toContain(`la loi n° ${law} du 30 décembre ${second - 1} de finances pour ${second}`);
  const figures = (label: string) =>
    [...text.matchAll(new RegExp(`${label}.*?(\\d{1,3}(?: \\d{3})*,\\d{2} €)`, 'g'))].map((m) => m[1]);
  const [avance] = figures('Avance');
  const [solde] = figures('Solde');
  const cents = (figure: string) => Number(figure.replace(/[^\d]/g, ''));
  expect(cents(avance!) + cents(solde!)).toBe(cents(total));
  expect(figures('Total')).toEqual([total, total]);
});

test('an import from another site never changes a signed amount: the change is kept aside with its author', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(200_000);
  const prefecture = await agent(browser, baseURL!, 'Claire Martin', 'Préfecture d’Indre-et-Loire');
  const name = await openSignedDemoDossier(prefecture);
  const signed = await (await firstGranted(prefecture)).field.inputValue();
  const sousPrefecture = await agent(browser, baseURL!, 'Nadia Benali', 'Sous-préfecture de Chinon');
  await importFrom(sousPrefecture, await exportOne(prefecture, name, 'Sous-préfecture de Chinon'));

  // There, the signature is cancelled, the amount changed and the contract signed again.
  await sousPrefecture.goto('./#/dossiers');
  await sousPrefecture.getByRole('link', { name, exact: true }).click();
  await openTab(sousPrefecture, 'Synthèse');
  await sousPrefecture.getByLabel(/^Motif/).fill('Montant revu avec la collectivité');
  await sousPrefecture.getByRole('button', { name: 'Annuler la signature' }).click();
  await expect(sousPrefecture.getByText('Enregistré : Signature du contrat annulée.')).toBeVisible();
  const theirs = (await firstGranted(sousPrefecture)).field;
  await theirs.fill('777');
  await theirs.press('Tab');
  await expect(theirs).toHaveValue('777,00');
  await openTab(sousPrefecture, 'Contrat');
  const date = sousPrefecture.getByLabel('Date de signature', { exact: true });
  await date.fill('2026-01-20');
  await date.press('Tab');
  await expect(sousPrefecture.locator('#etat-enregistrement')).toHaveText('Enregistré');
  await openTab(sousPrefecture, 'Synthèse');
  await sousPrefecture.getByLabel('Date', { exact: true }).fill('2026-01-20');
  await reachStep(sousPrefecture, 'Validation et signature');

  await importFrom(prefecture, await exportOne(sousPrefecture, name, 'Préfecture d’Indre-et-Loire'));
  await prefecture.goto('./#/dossiers');
  await prefecture.getByRole('link', { name, exact: true }).click();
  const banner = prefecture.getByRole('alert').filter({ hasText: 'Modifications reçues gardées de côté' });
  await expect(banner).toContainText('reçue 777,00');
  await expect(banner).toContainText('envoyée par Nadia Benali (Sous-préfecture de Chinon)');
  expect(await (await firstGranted(prefecture)).field.inputValue()).toBe(signed);
  await expectNoAxeViolation(prefecture);
});
