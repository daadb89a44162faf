// The steps of an exchange between two agents, each in their own browser profile, as the
// exchange specs take them: sign in, export all or one dossier, import a received bundle.
import type { Browser, Page } from '@playwright/test';
import { completeFirstStart, expect } from './fixtures';

/** A new browser profile (its own database and key) that has gone through the first start. */
export async function agent(browser: Browser, baseURL: string, nom: string, site: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, acceptDownloads: true })).newPage();
  await completeFirstStart(page, nom, site);
  return page;
}

async function prepareAndSave(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Préparer l’échange' }).click();
  await expect(page.getByText(/^Échange prêt : CTAI_/)).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer l’échange' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^CTAI_.*\.ctai$/);
  return (await file.path())!;
}

/** Exports every dossier and gives back the path of the downloaded bundle. */
export async function exportAll(page: Page, recipient: string): Promise<string> {
  await page.goto('./#/echanges');
  await page.getByLabel(/^Destinataire/).fill(recipient);
  await page.getByText('Tous les dossiers', { exact: true }).click();
  await expect(page.getByLabel('Tous les dossiers', { exact: true })).toBeChecked();
  return prepareAndSave(page);
}

/** Exports the one dossier named, and gives back the path of the downloaded bundle. */
export async function exportOne(page: Page, name: string, recipient: string): Promise<string> {
  await page.goto('./#/echanges');
  await page.getByLabel(/^Destinataire/).fill(recipient);
  await page.getByText('Une sélection', { exact: true }).click();
  const list = page.getByRole('group', { name: 'Dossiers choisis' });
  await list.getByLabel('Filtrer la liste').fill(name);
  await list
    .getByText(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`))
    .first()
    .click();
  await expect(page.getByText(/Dossiers à envoyer \(1 choisi/)).toBeVisible();
  return prepareAndSave(page);
}

/**
 * Imports a received bundle; an unknown sender is recognised (its fingerprint compared, as the
 * correspondent reads it), which is asked before the payload is unpacked.
 */
export async function importFrom(page: Page, file: string, dossiers = 1): Promise<void> {
  await page.goto('./#/echanges');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer un échange' }).click();
  await (await chooser).setFiles(file);
  const open = page.getByRole('button', { name: 'Ouvrir l’échange' });
  const preview = page.getByRole('table', { name: 'Ce que l’import va changer' });
  await expect(open.or(preview)).toBeVisible();
  if (await open.isVisible()) {
    await page.locator('label', { hasText: 'J’ai comparé l’empreinte' }).click();
    await page
      .getByLabel(/^Empreinte lue par votre correspondant/)
      .fill((await page.locator('#empreinte-recue').textContent())!);
    await open.click();
  }
  await expect(preview).toBeVisible();
  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(page.getByText(new RegExp(`Échange importé : ${dossiers} dossiers?`))).toBeVisible();
}

/** Clicks a dossier tab and waits until it is the one shown. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** Opens the dossier `name` from the Dossiers list, on its tab `tab`. */
export async function openDossier(page: Page, name: string, tab: string): Promise<void> {
  await page.goto('./#/dossiers');
  await page.getByRole('link', { name, exact: true }).click();
  await openTab(page, tab);
}

/** Adds an action carried by Habitat et Humanisme to the dossier shown. */
export async function addAction(page: Page, intitule: string): Promise<void> {
  await openTab(page, 'Actions');
  await page.getByLabel('Intitulé de la nouvelle action').fill(intitule);
  await page.getByLabel('Porteur de la nouvelle action').fill('Habitat et Humanisme');
  await page.getByRole('button', { name: 'Ajouter l’action' }).click();
  await expect(page.getByRole('heading', { level: 2, name: intitule })).toBeVisible();
}
