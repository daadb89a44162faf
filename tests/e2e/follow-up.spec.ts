// After the signature: the agent enters a year's report for two actions, sees the financial
// statement's due date go once its reception is entered, records a COPIL with two decisions and
// makes the three follow-up documents (checked with qpdf, poppler and LibreOffice); the Dossiers
// list's « Échéance dépassée » filter returns exactly the dossiers with a past due date.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { dueItems } from '../../shared/dossier/follow-up';
import { expect, expectNoAxeViolation, showFilters, test, loadDemoData } from './fixtures';

const normalize = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function loadDemo(page: Page) {
  await page.goto('./#/parametres');
  await loadDemoData(page, 30_000);
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** The dossier views stored in the browser's database. */
async function storedViews(page: Page): Promise<Dossier[]> {
  return page.evaluate(
    () =>
      new Promise<Dossier[]>((resolve, reject) => {
        const request = indexedDB.open('contrats-ctai');
        request.onsuccess = () => {
          const all = request.result.transaction('dossierViews').objectStore('dossierViews').getAll();
          all.onsuccess = () => resolve((all.result as { view: Dossier }[]).map((row) => row.view));
          all.onerror = () => reject(all.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

/** Saves a document's PDF and DOCX of the latest version shown in a region; returns their paths. */
async function saveBoth(page: Page, region: ReturnType<Page['getByRole']>, dir: string, name: string) {
  const files: string[] = [];
  for (const format of ['PDF', 'DOCX']) {
    const download = page.waitForEvent('download');
    await region.getByRole('button', { name: `Enregistrer le ${format} de la version 1` }).click();
    const file = path.join(dir, `${name}.${format.toLowerCase()}`);
    await (await download).saveAs(file);
    files.push(file);
  }
  return files as [string, string];
}

function checkPdf(file: string): string {
  execFileSync('qpdf', ['--check', file]);
  return normalize(execFileSync('pdftotext', ['-layout', file, '-']).toString());
}

function checkDocx(file: string, dir: string): string {
  const out = path.join(dir, 'lo');
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, file], {
    env: { ...process.env, HOME: dir },
    stdio: 'ignore',
  });
  return normalize(
    execFileSync('pdftotext', ['-layout', path.join(out, path.basename(file).replace(/docx$/, 'pdf')), '-']).toString(),
  );
}

test('a year’s report, a COPIL and the three follow-up documents', async ({ page }) => {
  test.setTimeout(240_000);
  await loadDemo(page);
  await page.goto('./#/dossiers');
  await showFilters(page);
  await page.getByLabel('Étape').selectOption({ label: 'Suivi (avenants et bilans)' });
  await expect(page.getByRole('status').filter({ hasText: /dossiers? sur 200/ })).toBeVisible();
  const links = page.getByRole('region', { name: /Liste des dossiers/ }).getByRole('link');
  // A dossier in follow-up with a past year's report to enter, covering at least two actions.
  const thisYear = new Date().getFullYear();
  let year = 0;
  for (let i = 0; ; i++) {
    await page.goto('./#/dossiers');
    await showFilters(page);
    await page.getByLabel('Étape').selectOption({ label: 'Suivi (avenants et bilans)' });
    await expect(page.getByRole('status').filter({ hasText: /dossiers? sur 200/ })).toBeVisible();
    await links.nth(i).click();
    await openTab(page, 'Suivi');
    const starts = await page.getByRole('button', { name: /^Saisir le bilan \d{4}$/ }).allTextContents();
    const past = starts.map((label) => Number(label.match(/\d{4}/)![0])).find((y) => y < thisYear);
    if (past === undefined) continue;
    year = past;
    await page.getByRole('button', { name: `Saisir le bilan ${year}` }).click();
    await expect(page.getByLabel(`Bilan ${year} reçu le`)).toBeVisible();
    // A dossier whose year's statement is still awaited (the demo records some as received).
    const awaited = page
      .getByRole('region', { name: 'Prochaines échéances' })
      .getByRole('link', { name: `Compte rendu financier ${year} attendu avant le 30 juin ${year + 1}` });
    if (
      (await page.getByRole('group', { name: new RegExp(`^Action « .* » en ${year}$`) }).count()) >= 2 &&
      (await awaited.count()) > 0
    )
      break;
  }
  const dossierName = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const dossierId = /#\/dossiers\/([^/]+)/.exec(page.url())![1];
  const due = page.getByRole('region', { name: 'Prochaines échéances' });
  const statement = `Compte rendu financier ${year} attendu avant le 30 juin ${year + 1}`;
  await expect(due.getByRole('link', { name: statement })).toBeVisible();

  // Two actions: indicators reached and spending.
  const typed: string[] = [];
  for (const a of [0, 1]) {
    const group = page.getByRole('group', { name: new RegExp(`^Action « .* » en ${year}$`) }).nth(a);
    const reached = group.getByLabel(new RegExp(`atteint en ${year}`));
    for (let k = 0; k < (await reached.count()); k++) {
      const value = `${41 + a * 10 + k}`;
      await reached.nth(k).fill(value);
      typed.push(value);
    }
    await group.getByLabel(/^Bénéficiaires atteints/).fill(String(30 + a));
    await group.getByLabel(new RegExp(`^Dépense totale ${year}`)).fill(`${12_345 + a}`);
    await group.getByLabel(/^Dont crédits du CTAI/).fill(`${6_000 + a}`);
    await group.getByLabel(/^Ce qui a été fait/).fill(`Ateliers menés par l’action ${a + 1}.`);
  }
  await page.getByLabel(`Bilan ${year} reçu le`).fill(`${year + 1}-04-15`);
  await page.getByLabel(`Compte rendu financier ${year} reçu le`).fill(`${year + 1}-05-02`);
  await page.getByLabel(`Compte rendu financier ${year} reçu le`).blur();
  await expect(due.getByRole('link', { name: statement })).toHaveCount(0);
  await expect(page.getByText('Enregistré', { exact: false }).first()).toBeVisible();

  // A COPIL with two decisions.
  await page.getByRole('button', { name: 'Ajouter un comité de pilotage' }).click();
  const copils = page.getByRole('group', { name: /^Comité \d+/ });
  const n = await copils.count();
  const copil = copils.nth(n - 1);
  const meeting = `${year + 1}-06-20`;
  await copil.getByLabel(`Date du comité ${n}`).fill(meeting);
  await copil.getByLabel(`Lieu du comité ${n}`).fill('Salle du conseil');
  const decisions = ['Le bilan de l’année est approuvé.', 'Un avenant renforce l’apprentissage du français.'];
  for (const [d, decision] of decisions.entries()) {
    await page.getByRole('button', { name: `Ajouter une décision au comité ${n}` }).click();
    await page.getByLabel(`Décision ${d + 1} du comité ${n}`).fill(decision);
    await page.getByLabel(`Décision ${d + 1} du comité ${n}`).blur();
  }
  await expect(page.getByLabel(`Décision 2 du comité ${n}`)).toHaveValue(decisions[1]!);
  await expectNoAxeViolation(page);

  // The three documents.
  await openTab(page, 'Documents');
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-e2e-follow-up-'));
  const report = page.getByRole('region', { name: 'Bilan annuel', exact: true });
  await report.getByLabel('Année du bilan').selectOption(String(year));
  await report.getByRole('button', { name: 'Générer le bilan annuel' }).click();
  await expect(report.getByText('Version 1 générée (PDF et DOCX).')).toBeVisible({ timeout: 60_000 });
  const copilRegion = page.getByRole('region', { name: 'Relevé de décisions du COPIL', exact: true });
  await copilRegion.getByLabel('Comité de pilotage').selectOption(meeting);
  await copilRegion.getByRole('button', { name: 'Générer le relevé de décisions' }).click();
  await expect(copilRegion.getByText('Version 1 générée (PDF et DOCX).')).toBeVisible({ timeout: 60_000 });
  const summary = page.getByRole('region', { name: 'Fiche de synthèse', exact: true });
  await summary.getByRole('button', { name: 'Générer la fiche de synthèse' }).click();
  await expect(summary.getByText('Version 1 générée (PDF et DOCX).')).toBeVisible({ timeout: 60_000 });
  await expectNoAxeViolation(page);

  const views = await storedViews(page);
  const dossier = views.find((view) => view.id === dossierId)!;
  const [reportPdf, reportDocx] = await saveBoth(page, report, dir, 'bilan');
  const reportText = checkPdf(reportPdf);
  const reportDocxText = checkDocx(reportDocx, dir);
  const funded = dossier.contrat.bilans.find((b) => b.annee === year)!.actions.map((e) => e.actionId);
  for (const action of dossier.actions.filter((a) => funded.includes(a.id)))
    for (const indicateur of action.indicateurs) {
      const reached = indicateur.realise.find((r) => r.annee === year)?.valeur;
      for (const text of [reportText, reportDocxText])
        expect(text).toContain(`${indicateur.libelle} ${indicateur.cible} ${reached || 'non renseigné'}`);
    }
  for (const value of typed) expect(reportText).toContain(value);
  const [copilPdf, copilDocx] = await saveBoth(page, copilRegion, dir, 'copil');
  for (const text of [checkPdf(copilPdf), checkDocx(copilDocx, dir)])
    decisions.forEach((decision, d) => expect(text).toContain(`Décision n° ${d + 1} : ${decision}`));
  const [summaryPdf, summaryDocx] = await saveBoth(page, summary, dir, 'synthese');
  for (const text of [checkPdf(summaryPdf), checkDocx(summaryDocx, dir)])
    expect(text).toContain(`Fiche de synthèse — ${dossierName}`);
});

test('the « Échéance dépassée » filter lists exactly the dossiers with a past due date', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  await page.goto('./#/dossiers');
  await showFilters(page);
  await page.getByLabel('Échéances').selectOption({ label: 'Échéance dépassée' });
  const today = new Date().toISOString().slice(0, 10);
  const expected = (await storedViews(page))
    .filter((view) => dueItems(view, today).some((item) => item.etat === 'depassee'))
    .map((view) => view.collectivite.nom)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  await expect(
    page.getByRole('status').filter({ hasText: new RegExp(`^${expected.length} dossiers? sur 200`) }),
  ).toBeVisible();
  // The list draws the rows in view (virtual scrolling): each drawn is one expected.
  const shown = await page
    .getByRole('region', { name: /Liste des dossiers/ })
    .getByRole('link')
    .allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const name of shown) expect(expected).toContain(name.trim());
  await expectNoAxeViolation(page);
});
