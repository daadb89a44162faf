// A projet territorial (PTAI) from its creation to its becoming a contract: created as a PTAI,
// its shorter steps, its convention attributive de subvention generated and signed, counted as a
// PTAI on the dashboard and in the CSV; then turned into a CTAI, its history kept, and counted as
// a CTAI. The new screens pass axe-core.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolation, reachStep, showFilters, test } from './fixtures';

const year = new Date().getFullYear();
// Every date of the project on 1 January of this year: never after today, in the steps' order.
const day = `${year}-01-01`;
const spaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
}

/** Types into a field and leaves it, which saves it; waits until it is stored. */
async function fill(page: Page, label: string, value: string, shown = value) {
  const input = field(page, label);
  await input.fill(value);
  await input.press('Tab');
  await expect(input).toHaveValue(shown);
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');
}

async function choose(page: Page, label: string, option: string) {
  await field(page, label).selectOption({ label: option });
  await expect(page.locator('#etat-enregistrement')).toHaveText('Enregistré');
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** The dashboard's « Dossiers par forme » table: territories counted for each form. */
async function countsByForm(page: Page): Promise<Record<string, string>> {
  await page.getByRole('link', { name: 'Tableau de bord' }).first().click();
  const figure = page.getByRole('figure', { name: 'Dossiers par forme' });
  await figure.getByText('Voir le tableau').click();
  const table = page.getByRole('table', { name: 'Dossiers par forme (tableau)' });
  await expect(table).toBeVisible();
  const counts: Record<string, string> = {};
  for (const label of ['Contrat (CTAI)', 'Projet territorial (PTAI)'])
    counts[label] = spaces(
      (await table.getByRole('row', { name: label }).getByRole('cell').textContent()) ?? '',
    ).trim();
  return counts;
}

/** The dashboard's CSV of actions and funding: the « Forme » cell of each line. */
async function csvForms(page: Page): Promise<string[]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les actions et les financements (CSV)' }).click();
  const lines = readFileSync((await (await download).path())!, 'utf8')
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');
  const column = lines[0]!.split(';').indexOf('Forme du dossier');
  expect(column).toBeGreaterThan(0);
  return lines.slice(1).map((line) => line.split(';')[column]!);
}

test('a PTAI is created, its convention generated and signed, then turned into a CTAI keeping its history', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The convention cites the finance law of its signature's year, entered as an agent would.
  await page.goto('./#/parametres');
  await page.getByLabel('Année budgétaire').fill(String(year));
  await page.getByLabel('Numéro de la loi').fill(`${year - 1}-1999`);
  await page.getByLabel('Date de promulgation').fill(`${year - 1}-12-30`);
  await page.getByRole('button', { name: 'Enregistrer la loi de finances' }).click();
  await expect(page.getByText(`La loi de finances pour ${year} est enregistrée.`)).toBeVisible();

  // Created as a projet territorial.
  await page.goto('./#/dossiers/nouveau');
  await page.getByRole('combobox', { name: /Rechercher dans la liste officielle/ }).fill('Tours');
  await page.getByRole('option', { name: /^Tours Commune/ }).click();
  await expect(page.getByRole('radio', { name: 'Contrat (CTAI)' })).toBeChecked();
  await page.getByText('Projet territorial (PTAI)', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Projet territorial (PTAI)' })).toBeChecked();
  await expectNoAxeViolation(page);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tours' })).toBeVisible();

  await fill(page, 'Nom du représentant', 'Denis');
  await choose(page, 'Civilité du représentant', 'Monsieur');
  await fill(page, 'Numéro de la délibération', '2026-DEL-04');
  await fill(page, 'Date de la délibération', day);
  await openTab(page, 'État');
  await fill(page, 'Nom de l’agent référent', 'Martin');
  await fill(page, 'Nom du signataire', 'Lefèvre');
  await choose(page, 'Civilité du signataire', 'Madame');

  // The convention: one year (set at creation), its number, its signature.
  await openTab(page, 'Contrat');
  await expect(page.getByRole('group', { name: 'Convention attributive de subvention' })).toBeVisible();
  await expect(field(page, 'Durée de la convention (années)')).toHaveValue('1');
  await fill(page, 'Numéro de la convention', `PTAI-37-${year}-01`);
  await fill(page, 'Année de la convention', String(year));
  await fill(page, 'Lieu de signature', 'Tours');
  await fill(page, 'Date de signature', day);

  // One action, on French classes: a PTAI needs no housing action.
  await openTab(page, 'Actions');
  await page.getByLabel('Intitulé de la nouvelle action').fill('Ateliers sociolinguistiques');
  await page.getByLabel('Axe principal de la nouvelle action').selectOption({ label: 'Apprentissage du français' });
  await page.getByLabel('Porteur de la nouvelle action').fill('Association Accueil et Partage');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ateliers sociolinguistiques' })).toBeVisible();
  await fill(page, `Coût total ${year}`, '30000', '30 000,00');
  await fill(page, `Montant CTAI demandé ${year}`, '30000', '30 000,00');
  await fill(page, `Montant CTAI accordé ${year}`, '30000', '30 000,00');
  await choose(page, 'Statut de l’action', 'Retenue');

  // The shorter steps: no shared diagnosis between the exchange and the project.
  await openTab(page, 'Synthèse');
  const steps = page.getByRole('list', { name: 'Étapes du dossier' });
  await expect(steps).not.toContainText('Diagnostic partagé');
  await expect(steps).toContainText('Décision et convention de subvention');
  await expect(page.getByRole('tab', { name: 'Diagnostic', exact: true })).toBeHidden();
  await fill(page, 'Lettre d’intention reçue le', day);
  await field(page, 'Date').fill(day);
  for (const step of ['Lettre d’intention', 'Échange avec la préfecture', 'Projet et demande de subvention'])
    await reachStep(page, step);
  await expectNoAxeViolation(page);

  // Its act is the convention (no contract, no avenant), generated then marked signed.
  await openTab(page, 'Documents');
  await expect(page.getByRole('region', { name: 'Contrat', exact: true })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Avenant financier' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Relevé de décisions du COPIL' })).toHaveCount(0);
  const section = page.getByRole('region', { name: 'Convention attributive de subvention' });
  await section.getByRole('button', { name: 'Générer la convention' }).click();
  await expect(section.getByText('Version 1 générée (PDF et DOCX).')).toBeVisible({ timeout: 30_000 });
  await section.getByRole('button', { name: /^Enregistrer comme version signée/ }).click();
  await expect(section.getByText('Signée', { exact: true })).toBeVisible();
  await expectNoAxeViolation(page);
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Enregistrer le PDF de la version 1' }).click();
  const text = spaces(execFileSync('pdftotext', [(await (await download).path())!, '-']).toString('utf8'));
  expect(text).toContain('Convention attributive de subvention');
  expect(text).toContain(`Convention n° PTAI-37-${year}-01`);
  expect(text).toContain('trente mille euros (30 000,00 €)');
  expect(text).toContain(`la loi n° ${year - 1}-1999 du 30 décembre ${year - 1} de finances pour ${year}`);
  expect(text).toContain('Vu le décret n° 2001-495 du 6 juin 2001');
  expect(text).toContain(`au plus tard le 30 juin ${year + 1}`);

  // The decision: the convention signed.
  await openTab(page, 'Synthèse');
  await field(page, 'Date').fill(day);
  await reachStep(page, 'Décision et convention de subvention');
  await expect(page.getByText('La convention est signée : son montant ne change plus.')).toBeVisible();
  // Signed, its form no longer changes: it becomes a contract through its own action.
  await expect(page.getByRole('button', { name: /^Changer de forme/ })).toHaveCount(0);
  // Its amount no longer changes either, and no avenant is offered (a PTAI has none).
  await openTab(page, 'Actions');
  await page.getByRole('button', { name: 'Modifier « Ateliers sociolinguistiques »' }).click();
  const granted = field(page, `Montant CTAI accordé ${year}`);
  await granted.fill('1');
  await granted.press('Tab');
  await expect(
    page.getByText(/^La convention est signée : son année, ses actions, ses montants/).first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Préparer un avenant' })).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'Modifier « Ateliers sociolinguistiques »' }).click();
  await expect(field(page, `Montant CTAI accordé ${year}`)).toHaveValue('30 000,00');

  // Counted as a PTAI on the dashboard and in the CSV.
  expect(await countsByForm(page)).toEqual({ 'Contrat (CTAI)': '0', 'Projet territorial (PTAI)': '1' });
  expect(await csvForms(page)).toEqual(['Projet territorial (PTAI)']);
  await expectNoAxeViolation(page);

  // Turned into a contract, with a reason.
  await page.goto('./#/dossiers');
  await page.getByRole('link', { name: 'Tours' }).click();
  await openTab(page, 'Synthèse');
  const convert = page.getByRole('button', { name: 'Transformer en contrat (CTAI)' });
  await convert.click();
  await expect(page.locator('.fr-input-group--error')).toContainText(
    'Indiquez le motif de la transformation en contrat.',
  );
  await expect(field(page, 'Motif')).toBeFocused();
  await field(page, 'Date').fill(day);
  await field(page, 'Motif').fill('Engagement de la commune sur trois ans');
  await convert.click();
  await expect(page.getByText('Enregistré : Projet territorial transformé en contrat (CTAI).')).toBeVisible();

  // Its history kept: the events, the letter's and exchange's dates, the convention.
  await expect(page.getByRole('region', { name: 'Forme du dossier' })).toContainText(
    `Contrat (CTAI) — issu du projet territorial financé en ${year} (convention n° PTAI-37-${year}-01`,
  );
  await expect(steps).toContainText('Diagnostic partagé — à venir');
  await expect(page.getByRole('tab', { name: 'Diagnostic', exact: true })).toBeVisible();
  await expect(steps).toContainText('Échange avec la préfecture — atteinte le 1er janvier');
  const journal = page.getByRole('list').filter({ hasText: 'Changement de forme' });
  await expect(journal).toContainText(
    'Changement de forme (« Échange avec la préfecture ») — motif : Engagement de la commune sur trois ans — projet territorial (PTAI) devenu contrat (CTAI) ; convention attributive de subvention',
  );
  await expect(journal).toContainText('Étape atteinte (« Décision et convention de subvention »)');
  await expectNoAxeViolation(page);
  await openTab(page, 'Documents');
  await expect(page.getByRole('region', { name: 'Contrat', exact: true })).toBeVisible();
  // The convention's versions stay, the signed one marked; a new one is no longer made.
  await expect(section.getByText('Signée', { exact: true })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Générer la convention' })).toBeDisabled();
  await openTab(page, 'Historique');
  await expect(page.getByRole('table', { name: /Historique des modifications/ })).toContainText(
    'Projet territorial transformé en contrat (CTAI)',
  );

  // Counted as a CTAI now, and found by the list's « Forme » filter.
  expect(await countsByForm(page)).toEqual({ 'Contrat (CTAI)': '1', 'Projet territorial (PTAI)': '0' });
  expect(await csvForms(page)).toEqual(['Contrat (CTAI)']);
  await page.goto('./#/dossiers');
  await showFilters(page);
  await page.getByLabel('Forme', { exact: true }).selectOption({ label: 'Projet territorial (PTAI)' });
  await expect(page.getByRole('status').filter({ hasText: /^0 dossier/ })).toBeVisible();
  await page.getByLabel('Forme', { exact: true }).selectOption({ label: 'Contrat (CTAI)' });
  await expect(
    page.getByRole('region', { name: /Liste des dossiers/ }).getByRole('link', { name: 'Tours' }),
  ).toBeVisible();
  await expectNoAxeViolation(page);
});
