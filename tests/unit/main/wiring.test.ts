// The Electron entry (main/index.ts) run against a stand-in of the electron module: every
// channel is registered behind the sender check, the window gets its hardened settings and
// guards, and files handed over by the system reach the renderer. Electron itself cannot run
// on the build machines; this checks the wiring its pieces' own tests do not see.
import type NodeEvents from 'node:events';
import type NodeFs from 'node:fs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../main/app-origin';
import { CHANNEL_NAMES } from '../../../shared/ipc/channel-names';

const electron = vi.hoisted(() => {
  // Hoisted above the imports, so the module is required here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter } = require('node:events') as typeof NodeEvents;
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const windows: FakeWindow[] = [];
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));

  class FakeContents extends EventEmitter {
    sent: unknown[][] = [];
    printed = 0;
    print(_options: unknown, callback: (success: boolean) => void) {
      this.printed += 1;
      callback(true);
    }
    openHandler: ((details: { url: string }) => unknown) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.openHandler = handler;
    }
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    reloads = 0;
    reload() {
      this.reloads += 1;
    }
  }
  class FakeWindow extends EventEmitter {
    webContents = new FakeContents();
    loaded: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    loadFile(file: string) {
      this.loaded = file;
      return Promise.resolve();
    }
    show() {}
    isMinimized() {
      return false;
    }
    focus() {}
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { mkdtempSync } = require('node:fs') as typeof NodeFs;
  const userData = mkdtempSync(`${process.env.TMPDIR ?? '/tmp'}/ctai-wiring-`);
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    getPath: (name: string) => (name === 'userData' ? userData : `${userData}/${name}`),
    getVersion: () => '9.9.9',
    whenReady: () => whenReady,
  });
  return {
    userData,
    handlers,
    windows,
    ready: () => ready(),
    module: {
      app,
      BrowserWindow: FakeWindow,
      dialog: {
        showMessageBox: vi.fn(async () => ({ response: 0 })),
        showSaveDialog: vi.fn(),
        showOpenDialog: vi.fn(),
      },
      ipcMain: { handle: (channel: string, handler: never) => handlers.set(channel, handler) },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      // A stand-in cipher: enough to tell an encrypted file from a clear one.
      safeStorage: {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'gnome_libsecret',
        encryptString: (s: string) => Buffer.from([...s].reverse().join('')),
        decryptString: (b: Buffer) => [...b.toString()].reverse().join(''),
      },
      session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
      shell: { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn(), openPath: vi.fn() },
    },
  };
});

vi.mock('electron', () => electron.module);

beforeAll(async () => {
  await import('../../../main/index');
  electron.ready();
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
});

const mainWindow = () => electron.windows[0]!;
/** A request from the app's own page, on a channel as main registered it. */
const call = (channel: string, payload?: unknown) =>
  electron.handlers.get(channel)!({ senderFrame: { url: APP_ENTRY_URL } }, payload);

describe('Electron entry wiring', () => {
  it('registers every channel, and each refuses a sender that is not the app', async () => {
    expect([...electron.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    const version = electron.handlers.get('app:version')!;
    await expect(version({ senderFrame: { url: APP_ENTRY_URL } }, undefined)).resolves.toBe('9.9.9');
    await expect(version({ senderFrame: { url: 'https://example.org/' } }, undefined)).rejects.toMatchObject({
      code: 'ipc-untrusted-sender',
    });
  });

  it('opens one hardened window on the app:// page, behind the protocol, permission and menu settings', () => {
    const window = mainWindow();
    expect(window.loaded).toBe(APP_ENTRY_URL);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, devTools: false });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalled();
    // Date fields drawn in French whatever the system's language.
    expect(electron.module.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'fr-FR');
  });

  it('keeps navigation on the app, and opens a web link only after the agent confirms', async () => {
    const contents = mainWindow().webContents;
    const event = { preventDefault: vi.fn() };
    contents.emit('will-navigate', event, 'https://www.legifrance.gouv.fr/');
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://www.legifrance.gouv.fr/'),
    );
    expect(electron.module.dialog.showMessageBox).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    contents.emit('will-navigate', inside, `${APP_ENTRY_URL}#/dossiers`);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });

  it('prints a PDF from a preview window with no preload, through the system dialog', async () => {
    const print = electron.handlers.get('print:pdf')!;
    const bytes = new TextEncoder().encode('%PDF-1.7 contrat');
    await expect(print({ senderFrame: { url: APP_ENTRY_URL } }, { title: 'Contrat — Tours', bytes })).resolves.toEqual({
      printed: true,
    });
    const preview = electron.windows.at(-1)!;
    expect(preview).not.toBe(mainWindow());
    expect(preview.options.webPreferences).not.toHaveProperty('preload');
    expect(preview.options.webPreferences).toMatchObject({ sandbox: true, plugins: true });
    expect(readFileSync(preview.loaded!)).toEqual(Buffer.from(bytes));
    expect(preview.webContents.printed).toBe(1);
    // The temporary copy of the document leaves with the preview.
    preview.emit('closed');
    await vi.waitFor(() => expect(existsSync(path.dirname(preview.loaded!))).toBe(false));
  });

  it('keeps the backup passphrase encrypted by the system store', async () => {
    await expect(call('backup:passphrase')).resolves.toBeNull();
    await call('backup:set-passphrase', { passphrase: 'phrase du bureau' });
    await expect(call('backup:passphrase')).resolves.toBe('phrase du bureau');
    const stored = readFileSync(path.join(electron.userData, 'backup-passphrase.bin'), 'utf8');
    expect(stored).not.toContain('phrase du bureau');
    await call('backup:set-passphrase', { passphrase: null });
    await expect(call('backup:passphrase')).resolves.toBeNull();
  });

  // Runs before any other test opens the key, which the store then keeps in memory.
  it('says when the key file no longer opens, and makes a new key keeping the old file aside', async () => {
    const keyFile = path.join(electron.userData, 'signing-key.bin');
    await writeFile(keyFile, 'scellé par une session disparue');
    await expect(call('key:state')).resolves.toBe('unreadable');
    await expect(call('key:sign', { bytes: new Uint8Array([1]) })).rejects.toThrow(/ne peut plus être ouverte/);
    await expect(call('key:renew')).resolves.toBe(true);
    await expect(call('key:state')).resolves.toBe('ready');
    const aside = readdirSync(electron.userData).filter((name) => name.startsWith('signing-key.bin.illisible-'));
    expect(aside.map((name) => readFileSync(path.join(electron.userData, name), 'utf8'))).toEqual([
      'scellé par une session disparue',
    ]);
    await expect(call('key:renew')).resolves.toBe(false);
  });

  it('gives backups the signing-key file as sealed by the system, and puts one back', async () => {
    const first = (await call('key:public')) as Uint8Array;
    const sealed = (await call('key:sealed')) as Uint8Array;
    const keyFile = path.join(electron.userData, 'signing-key.bin');
    expect(Buffer.from(sealed)).toEqual(readFileSync(keyFile));
    expect(Buffer.from(sealed).toString()).not.toContain('PRIVATE KEY');

    await rm(keyFile);
    await expect(call('key:restore-sealed', { bytes: new TextEncoder().encode('autre système') })).resolves.toBe(false);
    await expect(call('key:restore-sealed', { bytes: sealed })).resolves.toBe(true);
    expect(readFileSync(keyFile)).toEqual(Buffer.from(sealed));
    await expect(call('key:public')).resolves.toEqual(first);
  });

  it('hands a .ctai file opened by a second instance to the renderer', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-wiring-'));
    const file = path.join(dir, 'CTAI_38_Prefecture_2026-11-23_4.ctai');
    await writeFile(file, 'PK');
    electron.module.app.emit('second-instance', {}, ['/opt/ctai/ctai', '--flag', file]);
    expect(mainWindow().webContents.sent).toContainEqual(['menu:command', 'open-bundle']);
    const opened = electron.handlers.get('file:opened')!;
    const taken = await opened({ senderFrame: { url: APP_ENTRY_URL } }, undefined);
    expect(taken).toMatchObject({ opened: true, name: path.basename(file), size: 2 });
    // Held open in main, read by ranges through its handle, then let go.
    const { handle } = taken as { handle: string };
    await expect(call('bundle:read', { handle, offset: 0, length: 2 })).resolves.toEqual(
      new Uint8Array(Buffer.from('PK')),
    );
    await expect(call('bundle:close', { handle })).resolves.toBe(true);
    await expect(call('bundle:read', { handle, offset: 0, length: 2 })).rejects.toThrow();
    await expect(opened({ senderFrame: { url: APP_ENTRY_URL } }, undefined)).resolves.toEqual({ opened: false });
  });

  it('resolves a second instance’s relative path against its own folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-wiring-'));
    await writeFile(path.join(dir, 'relatif.ctai'), 'PK2');
    electron.module.app.emit('second-instance', {}, ['/opt/ctai/ctai', 'relatif.ctai'], dir);
    await expect(call('file:opened')).resolves.toMatchObject({ opened: true, name: 'relatif.ctai' });
  });

  it('reloads a page whose process died, and says so', () => {
    const contents = mainWindow().webContents;
    const before = contents.reloads;
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 });
    expect(contents.reloads).toBe(before + 1);
    expect(electron.module.dialog.showMessageBox).toHaveBeenCalledWith(
      mainWindow(),
      expect.objectContaining({ message: 'L’affichage de Contrats CTAI s’est arrêté et a été rechargé.' }),
    );
  });
});
