// The desktop app itself, through Playwright's Electron driver. It runs only where an Electron
// binary is present (ELECTRON_PATH, or the electron package's downloaded binary); the build
// machines cannot download one, and the test is reported as skipped there, with that reason.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

function electronBinary(): string | null {
  if (process.env.ELECTRON_PATH && existsSync(process.env.ELECTRON_PATH)) return process.env.ELECTRON_PATH;
  try {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('electron/package.json'));
    const file = path.join(dir, 'dist', readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test.describe('desktop application (Electron)', () => {
  const reason =
    'no Electron binary here (set ELECTRON_PATH, or run `node node_modules/electron/install.js` where downloads are allowed)';
  test.skip(!binary, reason); // the reason above is reported with the skip

  test('launches, creates a dossier, exports a bundle through a stubbed dialog, prints to PDF', async ({
    browserName,
  }, testInfo) => {
    expect(browserName).toBe('chromium');
    const app = await electron.launch({ executablePath: binary!, args: [path.resolve('out/main/index.js')] });
    const target = testInfo.outputPath('echange.ctai');
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, target);
    const page = await app.firstWindow();
    await expect(page).toHaveURL(/^app:\/\/ctai\//);
    await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Contrats CTAI' })).toBeVisible();
    await page.getByLabel(/^Votre nom/).fill('Claire Martin');
    await page.getByLabel(/^Votre site/).fill('Préfecture d’Indre-et-Loire');
    await page.getByRole('button', { name: 'Commencer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
    await page.goto('app://ctai/index.html#/dossiers/nouveau');
    await page.getByLabel(/^Nom de la collectivité/).fill('Tours');
    await page.getByLabel('Type de collectivité').selectOption({ label: 'Commune' });
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tours' })).toBeVisible();

    await page.goto('app://ctai/index.html#/echanges');
    await page.getByText('Tous les dossiers', { exact: true }).click();
    await page.getByRole('button', { name: 'Préparer l’échange' }).click();
    await page.getByRole('button', { name: 'Enregistrer l’échange' }).click();
    await expect(page.getByText(/Échange enregistré : CTAI_/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Afficher dans le dossier' })).toBeVisible();
    expect(existsSync(target)).toBe(true);

    const pdf = await app.evaluate(async ({ BrowserWindow }) => {
      const window = BrowserWindow.getAllWindows()[0]!;
      return Buffer.from(await window.webContents.printToPDF({}))
        .toString('latin1')
        .slice(0, 5);
    });
    expect(pdf).toBe('%PDF-');
    await app.close();
  });
});
