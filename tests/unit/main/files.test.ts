import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackupStore } from '../../../main/backups';
import { createExternalLinkOpener, isWebLink } from '../../../main/external-links';
import { fileErrorMessage } from '../../../main/file-errors';
import { createLastFolder } from '../../../main/last-folder';
import { createIpcHandlers, type IpcHandlerDeps } from '../../../main/ipc-handlers';
import { createBundleHandles } from '../../../main/open-bundles';
import { bundlePathsFromArgv, createOpenedFiles } from '../../../main/opened-files';
import { openRegularFile, readRegularFile } from '../../../main/regular-file';

function codeError(code: string) {
  return Object.assign(new Error(code), { code });
}

async function handlers(overrides: Partial<IpcHandlerDeps> = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), 'ctai-dialogues-'));
  let lastFolder = dir;
  const deps: IpcHandlerDeps = {
    version: '1.0.0',
    showSaveDialog: vi.fn(async ({ defaultPath }) => defaultPath),
    showOpenDialog: vi.fn(async () => path.join(dir, 'echange.ctai')),
    files: { readFile: readRegularFile },
    lastFolder: { get: () => lastFolder, set: (folder) => (lastFolder = folder) },
    openPdfForPrinting: vi.fn(async () => true),
    keyStore: {
      publicKey: async () => new Uint8Array(),
      sign: async () => new Uint8Array(),
      sealed: async () => null,
      restoreSealed: async () => false,
      state: async () => 'ready' as const,
      renewUnreadable: async () => false,
      unlock: async () => true,
    },
    keyProtection: 'systeme',
    openedFiles: { take: async () => ({ opened: false }) },
    bundles: createBundleHandles(openRegularFile, () => crypto.randomUUID()),
    newId: () => crypto.randomUUID(),
    showItemInFolder: vi.fn(),
    backups: createBackupStore(path.join(dir, 'sauvegardes')),
    backupPassphrase: { get: async () => null, set: async () => undefined },
    openExternalLink: async () => false,
    ...overrides,
  };
  return { dir, deps, ipc: createIpcHandlers(deps), folder: () => lastFolder };
}

describe('save and open dialogs', () => {
  it('proposes the last folder used, writes there, and remembers the new one', async () => {
    const { dir, deps, ipc, folder } = await handlers();
    const stick = await mkdtemp(path.join(tmpdir(), 'ctai-cle-usb-'));
    deps.showSaveDialog = vi.fn(async () => path.join(stick, 'CTAI_38.ctai'));
    const result = await createIpcHandlers(deps)['file:save']({
      suggestedName: 'CTAI_38.ctai',
      bytes: new Uint8Array([7]),
      filters: [],
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith({ defaultPath: path.join(dir, 'CTAI_38.ctai'), filters: [] });
    expect(result).toEqual({ saved: true, location: path.join(stick, 'CTAI_38.ctai') });
    expect(await readFile(path.join(stick, 'CTAI_38.ctai'))).toEqual(Buffer.from([7]));
    expect(folder()).toBe(stick);
    expect(await ipc['file:save']({ suggestedName: 'b.pdf', bytes: new Uint8Array(), filters: [] })).toMatchObject({
      saved: true,
    });
  });

  it('says nothing was written when the agent cancels', async () => {
    const { ipc } = await handlers({ showSaveDialog: async () => undefined });
    expect(await ipc['file:save']({ suggestedName: 'a.pdf', bytes: new Uint8Array(), filters: [] })).toEqual({
      saved: false,
    });
  });

  it('gives a French message when the stick is gone, and leaves nothing half-written', async () => {
    const { ipc, folder } = await handlers({ showSaveDialog: async () => '/nonexistent-stick/contrat.pdf' });
    const result = await ipc['file:save']({ suggestedName: 'contrat.pdf', bytes: new Uint8Array(), filters: [] });
    expect(result.saved).toBe(false);
    expect(result.error).toMatch(/n’a pas été écrit\. Ce dossier n’existe plus \(clé USB retirée \?\)/);
    expect(result.error).toMatch(/Vos données dans l’application sont intactes\./);
    expect(folder()).not.toBe('/nonexistent-stick');
  });

  it('reads the file the agent picks, or says why it cannot', async () => {
    const { dir, ipc, folder } = await handlers();
    await writeFile(path.join(dir, 'echange.ctai'), 'PK');
    expect(await ipc['file:open']({ filters: [] })).toEqual({
      opened: true,
      name: 'echange.ctai',
      bytes: new Uint8Array(Buffer.from('PK')),
    });
    expect(folder()).toBe(dir);
    const { ipc: failing } = await handlers({
      files: { readFile: async () => Promise.reject(codeError('EIO')) },
    });
    expect(await failing['file:open']({ filters: [] })).toMatchObject({
      opened: false,
      error: expect.stringMatching(/ne répond plus/),
    });
    // A file too large to hold is refused, read with the bound of what the app can hold.
    const readHuge = vi.fn(async () => Promise.reject(codeError('EFILETOOLARGE')));
    const { ipc: huge } = await handlers({ files: { readFile: readHuge } });
    expect(await huge['file:open']({ filters: [] })).toEqual({
      opened: false,
      error:
        '« echange.ctai » dépasse 2 Go : ce n’est pas un fichier que Contrats CTAI peut ouvrir (échange, scan ou clé). Vérifiez le fichier choisi.',
    });
    expect(readHuge).toHaveBeenCalledWith(expect.stringMatching(/echange\.ctai$/), 2 * 1024 ** 3);
  });

  it('shows in the file manager only what this session saved', async () => {
    const { dir, deps, ipc } = await handlers();
    expect(await ipc['file:show-in-folder']({ location: '/etc/passwd' })).toEqual({ shown: false });
    const saved = await ipc['file:save']({ suggestedName: 'lettre.pdf', bytes: new Uint8Array([1]), filters: [] });
    expect(await ipc['file:show-in-folder']({ location: saved.location! })).toEqual({ shown: true });
    expect(deps.showItemInFolder).toHaveBeenCalledWith(path.join(dir, 'lettre.pdf'));
  });

  it('writes backups through the handler, with a French message when the disk is full', async () => {
    const { deps, ipc } = await handlers();
    const name = 'CTAI_sauvegarde_2026-11-23T14-30-00-000Z_quotidienne.ctai';
    expect(await ipc['backup:write']({ name, bytes: new Uint8Array([1]), keep: 3 })).toEqual({ written: true });
    expect((await ipc['backup:list'](undefined)).map((b) => b.name)).toEqual([name]);
    deps.backups.write = async () => Promise.reject(codeError('ENOSPC'));
    expect(await createIpcHandlers(deps)['backup:write']({ name, bytes: new Uint8Array(), keep: 3 })).toEqual({
      written: false,
      error: expect.stringMatching(/est plein/),
    });
  });
});

describe('file error messages', () => {
  it('names the cause in French for a full disk, a read-only stick, a refused folder', () => {
    expect(fileErrorMessage(codeError('ENOSPC'), 'écrit')).toMatch(
      /^Le fichier n’a pas été écrit\. Le disque ou la clé USB est plein/,
    );
    expect(fileErrorMessage(codeError('EROFS'), 'écrit')).toMatch(/lecture seule/);
    expect(fileErrorMessage(codeError('EACCES'), 'écrit')).toMatch(/pas le droit d’écrire/);
    expect(fileErrorMessage(new Error('?'), 'lu')).toMatch(/^Le fichier n’a pas été lu\. Une erreur du système/);
  });
});

describe('bundles opened from the file manager', () => {
  it('finds .ctai files on a command line', () => {
    expect(bundlePathsFromArgv(['--no-sandbox', 'C:\\Clé\\CTAI_38_1.CTAI', 'notes.txt', '/media/cle/b.ctai'])).toEqual([
      'C:\\Clé\\CTAI_38_1.CTAI',
      '/media/cle/b.ctai',
    ]);
  });

  it('turns file:// URIs into paths and resolves relative paths against the caller’s folder', () => {
    expect(
      bundlePathsFromArgv(
        [
          '/opt/ctai/ctai',
          'file:///media/cl%C3%A9/CTAI%2038.ctai',
          'file://hote-distant/x.ctai',
          'echanges/b.ctai',
          '../c.CTAI',
        ],
        '/home/agent/Documents',
      ),
    ).toEqual(['/media/clé/CTAI 38.ctai', '/home/agent/Documents/echanges/b.ctai', '/home/agent/c.CTAI']);
  });

  it('queues them, tells the renderer, and hands them over one by one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-ouverts-'));
    await writeFile(path.join(dir, 'a.ctai'), 'A');
    const notify = vi.fn();
    const bundles = createBundleHandles(
      async (file, maxBytes) =>
        file.endsWith('huge.ctai') ? Promise.reject(codeError('EFILETOOLARGE')) : openRegularFile(file, maxBytes),
      () => crypto.randomUUID(),
    );
    const opened = createOpenedFiles({ open: (file) => bundles.open(file), notify });
    opened.add([]);
    expect(notify).not.toHaveBeenCalled();
    opened.add([path.join(dir, 'a.ctai'), path.join(dir, 'missing.ctai'), path.join(dir, 'huge.ctai')]);
    expect(notify).toHaveBeenCalledTimes(1);
    const first = await opened.take();
    expect(first).toMatchObject({ opened: true, name: 'a.ctai', size: 1 });
    const handle = first.opened ? first.handle : '';
    expect(await bundles.read(handle, 0, 10)).toEqual(new Uint8Array([65]));
    await bundles.close(handle);
    await expect(bundles.read(handle, 0, 1)).rejects.toThrow(/n’est plus ouvert/);
    expect(await opened.take()).toMatchObject({ opened: false, error: expect.stringMatching(/n’a pas été lu/) });
    expect(await opened.take()).toMatchObject({ opened: false, error: expect.stringMatching(/dépasse 2 Go/) });
    expect(await opened.take()).toEqual({ opened: false });
  });
});

describe('exports saved in pieces', () => {
  it('writes each piece in main, names the file once complete, and gives its SHA-256', async () => {
    const { deps, ipc, folder } = await handlers();
    const stick = await mkdtemp(path.join(tmpdir(), 'ctai-cle-usb-'));
    const target = path.join(stick, 'CTAI_38.ctai');
    deps.showSaveDialog = vi.fn(async () => target);
    const begun = await ipc['bundle:save-begin']({ suggestedName: 'CTAI_38.ctai', filters: [] });
    expect(begun.started).toBe(true);
    const handle = begun.started ? begun.handle : '';
    await ipc['bundle:save-write']({ handle, bytes: new Uint8Array([1, 2]) });
    await ipc['bundle:save-write']({ handle, bytes: new Uint8Array([3]) });
    await expect(readFile(target)).rejects.toThrow(); // Not under its name before it is complete.
    const { createHash } = await import('node:crypto');
    expect(await ipc['bundle:save-end']({ handle })).toEqual({
      saved: true,
      location: target,
      sha256: createHash('sha256')
        .update(new Uint8Array([1, 2, 3]))
        .digest('hex'),
    });
    expect(await readFile(target)).toEqual(Buffer.from([1, 2, 3]));
    expect(folder()).toBe(stick);
    expect(await ipc['file:show-in-folder']({ location: target })).toEqual({ shown: true });
    await expect(ipc['bundle:save-write']({ handle, bytes: new Uint8Array([4]) })).rejects.toThrow(
      /enregistrez-le de nouveau/,
    );
  });

  it('leaves nothing behind when given up, and says in French why a folder cannot be written', async () => {
    const { dir, deps } = await handlers();
    deps.showSaveDialog = vi.fn(async () => path.join(dir, 'abandon.ctai'));
    const ipc = createIpcHandlers(deps);
    const begun = await ipc['bundle:save-begin']({ suggestedName: 'abandon.ctai', filters: [] });
    const handle = begun.started ? begun.handle : '';
    await ipc['bundle:save-write']({ handle, bytes: new Uint8Array([1]) });
    expect(await ipc['bundle:save-abort']({ handle })).toBe(true);
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(dir)).filter((name) => name.startsWith('abandon'))).toEqual([]);
    deps.showSaveDialog = vi.fn(async () => path.join(dir, 'absent', 'x.ctai'));
    expect(await createIpcHandlers(deps)['bundle:save-begin']({ suggestedName: 'x.ctai', filters: [] })).toMatchObject({
      started: false,
      error: expect.stringMatching(/n’a pas été écrit/),
    });
    deps.showSaveDialog = vi.fn(async () => undefined);
    expect(await createIpcHandlers(deps)['bundle:save-begin']({ suggestedName: 'x.ctai', filters: [] })).toEqual({
      started: false,
    });
  });
});

describe('exchanges opened to be read by ranges', () => {
  it('opens the chosen file in main, reads ranges, their digests and its SHA-256 through a handle, then closes it', async () => {
    const { dir, ipc, folder } = await handlers();
    const bytes = new Uint8Array(3000).map((_, i) => i % 251);
    await writeFile(path.join(dir, 'echange.ctai'), bytes);
    const opened = await ipc['bundle:open']({ filters: [] });
    expect(opened).toMatchObject({ opened: true, name: 'echange.ctai', size: 3000 });
    expect(folder()).toBe(dir);
    const { handle } = opened as { handle: string };
    expect(await ipc['bundle:read']({ handle, offset: 1000, length: 10 })).toEqual(bytes.slice(1000, 1010));
    // A range past the end comes back short: the reader refuses it as a truncated archive.
    expect(await ipc['bundle:read']({ handle, offset: 2995, length: 10 })).toEqual(bytes.slice(2995));
    const { createHash } = await import('node:crypto');
    const sha256 = (part: Uint8Array) => createHash('sha256').update(part).digest('hex');
    // A range hashed in main, without crossing to the window; one past the end is short.
    expect(await ipc['bundle:digest']({ handle, offset: 1000, length: 1500 })).toEqual({
      sha256: sha256(bytes.slice(1000, 2500)),
      length: 1500,
    });
    expect(await ipc['bundle:digest']({ handle, offset: 2900, length: 500 })).toEqual({
      sha256: sha256(bytes.slice(2900)),
      length: 100,
    });
    await expect(ipc['bundle:digest']({ handle, offset: -1, length: 5 })).rejects.toThrow(/Plage de lecture invalide/);
    expect(await ipc['bundle:sha256']({ handle })).toBe(sha256(bytes));
    expect(await ipc['bundle:close']({ handle })).toBe(true);
    await expect(ipc['bundle:read']({ handle, offset: 0, length: 1 })).rejects.toThrow(
      /L’échange n’est plus ouvert .* ouvrez de nouveau le fichier \.ctai/,
    );
    // Closing twice is no error.
    expect(await ipc['bundle:close']({ handle })).toBe(true);
  });

  it('refuses a folder or a missing file in French, and opens nothing when the dialog is cancelled', async () => {
    const { dir, deps } = await handlers();
    deps.showOpenDialog = vi.fn(async () => dir);
    expect(await createIpcHandlers(deps)['bundle:open']({ filters: [] })).toMatchObject({
      opened: false,
      error: expect.stringMatching(/n’est pas un fichier/),
    });
    deps.showOpenDialog = vi.fn(async () => path.join(dir, 'absent.ctai'));
    expect(await createIpcHandlers(deps)['bundle:open']({ filters: [] })).toMatchObject({
      opened: false,
      error: expect.stringMatching(/n’a pas été lu/),
    });
    deps.showOpenDialog = vi.fn(async () => undefined);
    expect(await createIpcHandlers(deps)['bundle:open']({ filters: [] })).toEqual({ opened: false });
  });
});

describe('external links', () => {
  it('opens only http(s) links, and only once the agent has confirmed', async () => {
    expect(['https://www.legifrance.gouv.fr/', 'http://intranet/'].map(isWebLink)).toEqual([true, true]);
    expect(
      ['file:///etc/passwd', 'javascript:alert(1)', 'smb://serveur/partage', 'pas une adresse'].some(isWebLink),
    ).toBe(false);
    const openExternal = vi.fn(async () => undefined);
    let answer = false;
    const confirm = vi.fn(async () => answer);
    const open = createExternalLinkOpener({ confirm, openExternal });
    expect(await open('file:///etc/passwd')).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
    expect(await open('https://www.service-public.fr/')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
    answer = true;
    expect(await open('https://www.service-public.fr/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.service-public.fr/');
  });
});

describe('last folder', () => {
  it('is remembered across restarts, and falls back to Documents when it is gone', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ctai-dernier-'));
    const file = path.join(dir, 'dernier-dossier.json');
    const stick = await mkdtemp(path.join(tmpdir(), 'ctai-cle-'));
    const first = createLastFolder(file, dir);
    expect(first.get()).toBe(dir);
    first.set(stick);
    await vi.waitFor(async () => expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ lastFolder: stick }));
    expect(createLastFolder(file, dir).get()).toBe(stick);
    await rm(stick, { recursive: true });
    expect(createLastFolder(file, dir).get()).toBe(dir);
  });
});
