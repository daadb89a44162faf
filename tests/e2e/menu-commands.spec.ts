// The desktop menu sends commands through the preload's `ctaiMenu`; here a stand-in for it is
// installed before the app loads, so the renderer's listener is tested as the desktop runs it.
import { createCommune, expect, printed, recordPrints, test } from './fixtures';

declare global {
  interface Window {
    ctaiMenu?: { onCommand: (listener: (command: string) => void) => void };
    sendMenuCommand?: (command: string) => void;
  }
}

test('menu commands open their screens', async ({ page }) => {
  await page.addInitScript(() => {
    window.ctaiMenu = {
      onCommand: (listener) => {
        window.sendMenuCommand = listener;
      },
    };
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  const send = (command: string) => page.evaluate((c) => window.sendMenuCommand!(c), command);
  // Importer un échange… opens the file dialog at once, then verifies the file on Échanges.
  const chooser = page.waitForEvent('filechooser');
  await send('import-bundle');
  await (
    await chooser
  ).setFiles({ name: 'notes.ctai', mimeType: 'text/plain', buffer: Buffer.from('pas une archive') });
  await expect(page.getByRole('heading', { level: 1, name: 'Échanges' })).toBeVisible();
  await expect(page.getByText(/ce n’est pas une archive ZIP/)).toBeVisible();

  for (const [command, title] of [
    ['new-dossier', 'Nouveau dossier'],
    ['export-bundle', 'Échanges'],
    ['about', 'À propos de Contrats CTAI'],
    ['shortcuts', 'Raccourcis clavier'],
  ] as const) {
    await send(command);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
  // A bundle the system would hand over: none in a browser, so the screen stays as it is.
  await send('open-bundle');
  await expect(page.getByRole('heading', { level: 1, name: 'Raccourcis clavier' })).toBeVisible();

  // Imprimer… prints the screen shown: on paper, its content without navigation or buttons.
  await send('new-dossier');
  const onScreenOnly = [
    page.getByRole('button', { name: 'Enregistrer' }),
    page.getByRole('navigation', { name: 'Menu principal' }),
    page.getByRole('contentinfo'),
  ];
  for (const element of onScreenOnly) await expect(element).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau dossier' })).toBeVisible();
  await expect(page.getByLabel(/^Nom de la collectivité/)).toBeVisible();
  for (const element of onScreenOnly) await expect(element).toBeHidden();
});

test('Imprimer on a dossier prints its Fiche de synthèse, not the screen', async ({ page }) => {
  await recordPrints(page);
  await page.addInitScript(() => {
    window.ctaiMenu = {
      onCommand: (listener) => {
        window.sendMenuCommand = listener;
      },
    };
  });
  await page.reload();
  await createCommune(page, 'Saint-Flour');
  await page.evaluate(() => window.sendMenuCommand!('print'));
  // The summary's PDF is what goes to the printer (the browser platform prints it from a frame).
  await expect
    .poll(() => printed(page), { timeout: 30_000 })
    .toEqual(['Fiche de synthèse — Saint-Flour | application/pdf %PDF-']);
  await expect(page.getByRole('heading', { level: 1, name: 'Saint-Flour' })).toBeVisible();
});

test('the dossier’s « Imprimer » button and Ctrl+P print its Fiche de synthèse', async ({ page }) => {
  await recordPrints(page);
  await page.reload();
  await createCommune(page, 'Murat');
  const button = page.getByRole('button', { name: 'Imprimer la fiche de synthèse' });
  await button.click();
  // What is printed is the summary's PDF, not the screen.
  const fiche = 'Fiche de synthèse — Murat | application/pdf %PDF-';
  await expect.poll(() => printed(page), { timeout: 30_000 }).toEqual([fiche]);
  // The browser's own shortcut prints the fiche too, not the screen with its form controls.
  await expect(button).toBeEnabled();
  await page.keyboard.press('Control+p');
  await expect.poll(() => printed(page), { timeout: 30_000 }).toEqual([fiche, fiche]);
  // One print frame at a time: the one before is let go.
  await expect(page.locator('iframe[data-ctai-print]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Murat' })).toBeVisible();
});

test('a fiche that cannot be printed names the field and the character, and prints nothing', async ({ page }) => {
  await recordPrints(page);
  await page.reload();
  await createCommune(page, 'Murat 🎓');
  await page.getByRole('button', { name: 'Imprimer la fiche de synthèse' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'La fiche de synthèse n’a pas pu être imprimée' });
  await expect(alert).toContainText('« 🎓 »', { timeout: 30_000 });
  await expect(alert).toContainText('Nom de la collectivité');
  await expect(alert).not.toContainText('des caractères imprimables');
  expect(await printed(page)).toEqual([]);
});
