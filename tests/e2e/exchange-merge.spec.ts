// Exchanges that carry everything and lose nothing, between a sous-préfecture and its
// préfecture (two browser profiles): the signed contract and its scan arrive with the same
// SHA-256; a late bundle is merged, not refused; a deletion against an edit is a conflict.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { addAction, agent, exportAll, exportOne, importFrom, openDossier, openTab } from './exchange-steps';
import { createCommune, expect, expectNoAxeViolation, showFilters, test, loadDemoData } from './fixtures';

const year = new Date().getFullYear();

/** A one-page PDF standing for the scan of the signed contract. */
async function scanFile(path: string): Promise<string> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage();
  page.drawText('Contrat signé (scan)', { x: 50, y: 700, font: await pdf.embedFont(StandardFonts.Helvetica) });
  writeFileSync(path, await pdf.save());
  return path;
}

test('the signed contract and its scan reach the préfecture with the same SHA-256, and say who sent them', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(200_000);
  const sousPrefecture = await agent(browser, baseURL!, 'Nadia Benali', 'Sous-préfecture de Chinon');
  await sousPrefecture.goto('./#/parametres');
  await loadDemoData(sousPrefecture, 30_000);
  await sousPrefecture.goto('./#/dossiers');
  await showFilters(sousPrefecture);
  await sousPrefecture.getByLabel('Étape').selectOption({ label: 'Suivi (avenants et bilans)' });
  await expect(sousPrefecture.getByRole('status').filter({ hasText: /^1?\d{1,2} dossiers? sur 200/ })).toBeVisible();
  await sousPrefecture
    .getByRole('region', { name: /Liste des dossiers/ })
    .getByRole('link')
    .first()
    .click();
  // The dossier's page, not the list's « Dossiers » heading still on screen.
  await expect(sousPrefecture.getByRole('tab', { name: 'Synthèse', exact: true })).toBeVisible({ timeout: 30_000 });
  const name = (await sousPrefecture.getByRole('heading', { level: 1 }).textContent())!.trim();
  const dossierUrl = sousPrefecture.url();

  // The contract cites the finance law of its signature's year: entered for the years the
  // application's table may not know yet, as the agent would.
  await sousPrefecture.goto('./#/parametres');
  for (const budgetYear of [2026, 2027]) {
    await sousPrefecture.getByLabel('Année budgétaire').fill(String(budgetYear));
    await sousPrefecture.getByLabel('Numéro de la loi').fill(`${budgetYear - 1}-1999`);
    await sousPrefecture.getByLabel('Date de promulgation').fill(`${budgetYear - 1}-12-30`);
    await sousPrefecture.getByRole('button', { name: 'Enregistrer la loi de finances' }).click();
    await expect(sousPrefecture.getByText(`La loi de finances pour ${budgetYear} est enregistrée.`)).toBeVisible();
  }
  await sousPrefecture.goto(dossierUrl);
  await openTab(sousPrefecture, 'Documents');
  await sousPrefecture.getByRole('button', { name: 'Générer le contrat' }).click();
  await expect(sousPrefecture.getByText('Version 1 générée (PDF et DOCX).')).toBeVisible({ timeout: 30_000 });
  const contract = (page: Page) => page.getByRole('region', { name: 'Contrat', exact: true });
  await contract(sousPrefecture).getByRole('button', { name: 'Enregistrer comme version signée (version 1)' }).click();
  await expect(contract(sousPrefecture).getByRole('row', { name: /^1 Signée/ })).toBeVisible();
  const contractHash = (await contract(sousPrefecture).getByRole('row', { name: /^1/ }).locator('code').textContent())!;

  const scan = sousPrefecture.getByRole('region', { name: 'Contrat signé (scan)' });
  const chooser = sousPrefecture.waitForEvent('filechooser');
  await scan.getByRole('button', { name: 'Joindre le scan du contrat signé (PDF)' }).click();
  await (await chooser).setFiles(await scanFile(testInfo.outputPath('contrat-signe.pdf')));
  await expect(scan.getByText('Le scan « contrat-signe.pdf » est joint au dossier.')).toBeVisible();
  const scanHash = (await scan.locator('code').first().textContent())!;
  expect(scanHash).toMatch(/^[0-9a-f]{64}$/);

  const prefecture = await agent(browser, baseURL!, 'Claire Martin', 'Préfecture d’Indre-et-Loire');
  await importFrom(prefecture, await exportOne(sousPrefecture, name, 'Préfecture d’Indre-et-Loire'));
  await openDossier(prefecture, name, 'Documents');
  const received = contract(prefecture).getByRole('row', { name: /^1 Signée/ });
  await expect(received.locator('code')).toHaveText(contractHash);
  await expect(received).toContainText('Reçu de Nadia Benali (Sous-préfecture de Chinon)');
  const receivedScan = prefecture.getByRole('region', { name: 'Contrat signé (scan)' });
  await expect(receivedScan.locator('code')).toHaveText([scanHash]);
  await expect(receivedScan).toContainText('Reçu de Nadia Benali (Sous-préfecture de Chinon)');
  await expectNoAxeViolation(prefecture);
});

test('a bundle arriving late is merged: n° 2 imported before n° 1, both dossiers are there', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const a = await agent(browser, baseURL!, 'Nadia Benali', 'Sous-préfecture de Chinon');
  const b = await agent(browser, baseURL!, 'Claire Martin', 'Préfecture d’Indre-et-Loire');
  await createCommune(a, 'Tours');
  const first = await exportAll(a, 'Préfecture d’Indre-et-Loire');
  await createCommune(a, 'Amboise');
  const second = await exportOne(a, 'Amboise', 'Préfecture d’Indre-et-Loire');

  await importFrom(b, second);
  await importFrom(b, first);
  await b.goto('./#/dossiers');
  const list = b.getByRole('region', { name: /Liste des dossiers/ });
  await expect(list.getByRole('link', { name: 'Tours', exact: true })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Amboise', exact: true })).toBeVisible();
  await b.goto('./#/echanges');
  await expect(b.getByRole('table', { name: /Imports et exports/ })).not.toContainText('refusé');
});

test('an action deleted at one site while the other edits it shows as a conflict, and the agent restores it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const a = await agent(browser, baseURL!, 'Claire Martin', 'Préfecture d’Indre-et-Loire');
  const b = await agent(browser, baseURL!, 'Nadia Benali', 'Sous-préfecture de Chinon');
  await createCommune(a, 'Tours');
  await addAction(a, 'Intermédiation locative');
  await importFrom(b, await exportAll(a, 'Sous-préfecture de Chinon'));

  // A deletes the action; meanwhile B gives it a cost.
  await openDossier(a, 'Tours', 'Actions');
  await a.getByRole('button', { name: 'Supprimer « Intermédiation locative »' }).click();
  await a.getByRole('dialog').getByRole('button', { name: 'Supprimer l’action' }).click();
  await expect(a.getByRole('heading', { level: 2, name: 'Intermédiation locative' })).toBeHidden();
  await openDossier(b, 'Tours', 'Actions');
  const cost = b.getByLabel(new RegExp(`^Coût total ${year}`));
  await cost.fill('25000');
  await cost.press('Tab');
  await expect(cost).toHaveValue('25 000,00');
  await expect(b.locator('#etat-enregistrement')).toHaveText('Enregistré');

  await importFrom(a, await exportAll(b, 'Préfecture d’Indre-et-Loire'));
  await openDossier(a, 'Tours', 'Synthèse');
  const banner = a
    .getByRole('alert')
    .filter({ hasText: 'Éléments supprimés sur un site et modifiés sur un autre (1)' });
  await expect(banner).toContainText('suppression par Claire Martin (Préfecture d’Indre-et-Loire)');
  await expect(banner).toContainText('modification par Nadia Benali (Sous-préfecture de Chinon)');
  await expectNoAxeViolation(a);
  await banner.getByRole('button', { name: /^Rétablir l’élément modifié/ }).click();
  await expect(banner).toBeHidden();
  await openTab(a, 'Actions');
  await expect(a.getByLabel(new RegExp(`^Coût total ${year}`))).toHaveValue('25 000,00');
});
