// Electron entry: wires the window, the app:// protocol, the menu and the IPC router.
// Every piece it uses is a function of its own, tested without Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { writeFileAtomic } from './atomic-write';
import { createBackupStore } from './backups';
import { createExternalLinkOpener } from './external-links';
import { createIpcHandlers } from './ipc-handlers';
import { createIpcRouter } from './ipc-router';
import { createLastFolder } from './last-folder';
import { createKeySealer, keyProtection } from './key-protection';
import { createKeyStore } from './key-store';
import { buildMenuTemplate } from './menu-template';
import {
  permissionCheckHandler,
  permissionRequestHandler,
  shouldBlockNavigation,
  windowOpenHandler,
  windowOpenHandlerWithLinks,
} from './navigation-guards';
import { createBundleHandles } from './open-bundles';
import { bundlePathsFromArgv, createOpenedFiles } from './opened-files';
import { openRegularFile, readRegularFile } from './regular-file';
import { createRendererCrashHandler } from './renderer-crash';
import { buildPreviewWindowOptions, buildWindowOptions } from './window-options';
import { CHANNEL_NAMES } from '../shared/ipc/channel-names';

const isProduction = app.isPackaged;
// Chromium draws a date field in its own interface language: an English system would show
// « 05/30/2026 ». The agents read French dates (« 30/05/2026 ») whatever their system's language.
// Set before the app is ready, as Chromium reads its switches at start-up.
app.commandLine.appendSwitch('lang', 'fr-FR');
const here = path.dirname(fileURLToPath(import.meta.url));

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

const openExternalLink = createExternalLinkOpener({
  confirm: async (url) => {
    const options = {
      type: 'question' as const,
      buttons: ['Ouvrir dans le navigateur', 'Annuler'],
      defaultId: 1,
      cancelId: 1,
      message: 'Ouvrir ce lien dans votre navigateur ?',
      detail: `${url}\n\nIl quitte l’application Contrats CTAI et demande une connexion à Internet.`,
    };
    const answer = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
    return answer.response === 0;
  },
  openExternal: (url) => shell.openExternal(url),
});

const localFiles = { readFile: readRegularFile };

const bundles = createBundleHandles(openRegularFile, randomUUID);

const openedFiles = createOpenedFiles({
  open: (file) => bundles.open(file),
  notify: () => mainWindow?.webContents.send('menu:command', 'open-bundle'),
});

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(
    buildWindowOptions({ preloadPath: path.join(here, '../preload/index.cjs'), isProduction }),
  );
  window.webContents.setWindowOpenHandler(windowOpenHandlerWithLinks((url) => void openExternalLink(url)));
  window.webContents.on('will-navigate', (event, url) => {
    if (!shouldBlockNavigation(url)) return;
    event.preventDefault();
    void openExternalLink(url);
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (shouldBlockNavigation(url)) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  const crash = createRendererCrashHandler({
    reload: () => window.webContents.reload(),
    tell: (message, detail) => void dialog.showMessageBox(window, { type: 'warning', message, detail }),
  });
  window.webContents.on('render-process-gone', (_event, details) => crash.gone(details));
  window.webContents.on('did-finish-load', () => crash.loaded());
  // Files given at start (double-click on a .ctai) are offered once the screens can take them.
  window.webContents.once('did-finish-load', () =>
    openedFiles.add(bundlePathsFromArgv(process.argv.slice(1), process.cwd())),
  );
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function registerIpc(): void {
  const keyFile = path.join(app.getPath('userData'), 'signing-key.bin');
  const passphraseFile = path.join(app.getPath('userData'), 'backup-passphrase.bin');
  // Checked once the app is ready (safeStorage answers only then).
  const keySealer = createKeySealer({
    protection: keyProtection(safeStorage, process.platform),
    osEncrypt: (plain) => new Uint8Array(safeStorage.encryptString(plain)),
    osDecrypt: (cipher) => safeStorage.decryptString(Buffer.from(cipher)),
  });
  const router = createIpcRouter(
    createIpcHandlers({
      version: app.getVersion(),
      showSaveDialog: async ({ defaultPath, filters }) =>
        (await dialog.showSaveDialog({ defaultPath, filters })).filePath || undefined,
      showOpenDialog: async ({ filters }) =>
        (await dialog.showOpenDialog({ filters, properties: ['openFile'] })).filePaths[0],
      files: localFiles,
      lastFolder: createLastFolder(
        path.join(app.getPath('userData'), 'dernier-dossier.json'),
        app.getPath('documents'),
      ),
      openPdfForPrinting: async (title, bytes) => {
        const safeTitle = title.replace(/[^\p{L}\p{N} _-]/gu, '_').slice(0, 80) || 'document';
        const folder = await mkdtemp(path.join(tmpdir(), 'ctai-impression-'));
        const file = path.join(folder, `${safeTitle}.pdf`);
        await writeFileAtomic(file, bytes);
        // The preview stays open; the system dialog prints from it (Electron prints a PDF
        // document's own pages since 32, electron/electron#43309). The copy goes with it.
        const preview = new BrowserWindow(buildPreviewWindowOptions({ title }));
        preview.once('closed', () => void rm(folder, { recursive: true, force: true }));
        preview.webContents.on('will-navigate', (event) => event.preventDefault());
        await preview.loadFile(file);
        return new Promise<boolean>((resolve) => preview.webContents.print({}, (success) => resolve(success)));
      },
      openedFiles,
      bundles,
      newId: randomUUID,
      showItemInFolder: (file) => shell.showItemInFolder(file),
      backups: createBackupStore(path.join(app.getPath('userData'), 'sauvegardes')),
      backupPassphrase: {
        get: async () =>
          readFile(passphraseFile).then(
            (bytes) => safeStorage.decryptString(bytes),
            () => null,
          ),
        set: async (passphrase) => {
          if (passphrase === null) await rm(passphraseFile, { force: true });
          else await writeFileAtomic(passphraseFile, safeStorage.encryptString(passphrase), 0o600);
        },
      },
      openExternalLink,
      keyStore: createKeyStore({
        read: async () =>
          readFile(keyFile).then(
            (b) => new Uint8Array(b),
            () => null,
          ),
        write: async (bytes) => {
          await mkdir(path.dirname(keyFile), { recursive: true });
          await writeFileAtomic(keyFile, bytes, 0o600);
        },
        moveAside: async () => {
          const stamp = new Date().toISOString().replace(/[:.]/g, '-');
          await rename(keyFile, `${keyFile}.illisible-${stamp}`);
        },
        encrypt: (plain) => keySealer.encrypt(plain),
        decrypt: (cipher) => keySealer.decrypt(cipher),
        sealer: keySealer,
      }),
      keyProtection: keySealer.protection,
    }),
    { isTrustedSender: (url) => url !== undefined && isAppUrl(url) },
  );
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload: unknown) => router(channel, event.senderFrame?.url, payload));
  }
}

function startPrimaryInstance(): void {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // Relative paths are the second instance's: resolved against the folder it was run from.
    openedFiles.add(bundlePathsFromArgv(argv.slice(1), workingDirectory));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(windowOpenHandler);
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    const rendererRoot = path.join(here, '../renderer');
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({ root: rendererRoot, readFile: async (file) => new Uint8Array(await readFile(file)) }),
    );
    session.defaultSession.setPermissionRequestHandler(permissionRequestHandler);
    session.defaultSession.setPermissionCheckHandler(permissionCheckHandler);
    registerIpc();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate((command) => mainWindow?.webContents.send('menu:command', command), { isProduction }),
      ),
    );
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => {
      mainWindow = null;
      void bundles.closeAll();
    });
  });

  // macOS hands files over by this event rather than by the command line.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openedFiles.add([file]);
  });

  app.on('window-all-closed', () => app.quit());
}

// A second instance hands its files to the first (its 'second-instance' event) and stops: it
// must register nothing and open no window, since `app.quit()` only ends it later.
if (app.requestSingleInstanceLock()) startPrimaryInstance();
else app.quit();
