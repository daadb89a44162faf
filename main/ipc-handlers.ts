// The handlers behind each IPC channel, with their Electron dependencies passed in.
import path from 'node:path';
import type { IpcHandlers } from './ipc-router';
import { writeFileAtomic } from './atomic-write';
import type { BackupStore } from './backups';
import type { KeyProtection } from './key-protection';
import type { KeyStore } from './key-store';
import { fileErrorMessage } from './file-errors';
import { createFileSink, type FileSink } from './file-sink';
import type { BundleHandles, OpenedBundle } from './open-bundles';
import { readOpenedFile, type FileAccess } from './opened-files';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

export interface IpcHandlerDeps {
  version: string;
  showSaveDialog: (options: { defaultPath: string; filters: DialogFilter[] }) => Promise<string | undefined>;
  showOpenDialog: (options: { filters: DialogFilter[] }) => Promise<string | undefined>;
  files: FileAccess;
  lastFolder: { get: () => string; set: (folder: string) => void };
  openPdfForPrinting: (title: string, bytes: Uint8Array) => Promise<boolean>;
  keyStore: KeyStore;
  keyProtection: KeyProtection;
  openedFiles: { take: () => Promise<OpenedBundle> };
  bundles: BundleHandles;
  /** A random handle (crypto.randomUUID). */
  newId: () => string;
  showItemInFolder: (file: string) => void;
  backups: BackupStore;
  backupPassphrase: { get: () => Promise<string | null>; set: (passphrase: string | null) => Promise<void> };
  openExternalLink: (url: string) => Promise<boolean>;
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  // Only what this session saved may be shown in the file manager: the renderer names no other path.
  const saved = new Set<string>();
  // Exports being saved in pieces, by handle, with where they go.
  const saving = new Map<string, { sink: FileSink; target: string }>();
  const sinkOf = (handle: string) => {
    const found = saving.get(handle);
    if (!found) throw new Error('L’enregistrement de cet échange a été interrompu : enregistrez-le de nouveau.');
    return found;
  };
  return {
    'app:version': async () => deps.version,
    'file:save': async ({ suggestedName, bytes, filters }) => {
      const target = await deps.showSaveDialog({
        defaultPath: path.join(deps.lastFolder.get(), suggestedName),
        filters,
      });
      if (!target) return { saved: false };
      try {
        await writeFileAtomic(target, bytes);
      } catch (error) {
        return { saved: false, error: fileErrorMessage(error, 'écrit') };
      }
      deps.lastFolder.set(path.dirname(target));
      saved.add(target);
      return { saved: true, location: target };
    },
    'file:open': async ({ filters }) => {
      const file = await deps.showOpenDialog({ filters });
      if (!file) return { opened: false };
      deps.lastFolder.set(path.dirname(file));
      return readOpenedFile(deps.files, file);
    },
    'file:opened': async () => deps.openedFiles.take(),
    'bundle:open': async ({ filters }) => {
      const file = await deps.showOpenDialog({ filters });
      if (!file) return { opened: false };
      deps.lastFolder.set(path.dirname(file));
      return deps.bundles.open(file);
    },
    'bundle:read': async ({ handle, offset, length }) => deps.bundles.read(handle, offset, length),
    'bundle:digest': async ({ handle, offset, length }) => deps.bundles.digest(handle, offset, length),
    'bundle:sha256': async ({ handle }) => deps.bundles.sha256(handle),
    'bundle:close': async ({ handle }) => {
      await deps.bundles.close(handle);
      return true;
    },
    'bundle:save-begin': async ({ suggestedName, filters }) => {
      const target = await deps.showSaveDialog({
        defaultPath: path.join(deps.lastFolder.get(), suggestedName),
        filters,
      });
      if (!target) return { started: false };
      try {
        const handle = deps.newId();
        saving.set(handle, { sink: await createFileSink(target), target });
        return { started: true, handle };
      } catch (error) {
        return { started: false, error: fileErrorMessage(error, 'écrit') };
      }
    },
    'bundle:save-write': async ({ handle, bytes }) => {
      await sinkOf(handle).sink.write(bytes);
      return true;
    },
    'bundle:save-end': async ({ handle }) => {
      const { sink, target } = sinkOf(handle);
      saving.delete(handle);
      try {
        const { sha256 } = await sink.commit();
        deps.lastFolder.set(path.dirname(target));
        saved.add(target);
        return { saved: true, location: target, sha256 };
      } catch (error) {
        await sink.abort();
        return { saved: false, error: fileErrorMessage(error, 'écrit') };
      }
    },
    'bundle:save-abort': async ({ handle }) => {
      const found = saving.get(handle);
      saving.delete(handle);
      await found?.sink.abort();
      return true;
    },
    'file:show-in-folder': async ({ location }) => {
      if (!saved.has(location)) return { shown: false };
      deps.showItemInFolder(location);
      return { shown: true };
    },
    'print:pdf': async ({ title, bytes }) => ({ printed: await deps.openPdfForPrinting(title, bytes) }),
    'key:public': async () => deps.keyStore.publicKey(),
    'key:sign': async ({ bytes }) => deps.keyStore.sign(bytes),
    'key:state': async () => deps.keyStore.state(),
    'key:renew': async () => deps.keyStore.renewUnreadable(),
    'key:protection': async () => deps.keyProtection,
    'key:unlock': async ({ passphrase }) => deps.keyStore.unlock(passphrase),
    'key:sealed': async () => deps.keyStore.sealed(),
    'key:restore-sealed': async ({ bytes }) => deps.keyStore.restoreSealed(bytes),
    'backup:list': async () => deps.backups.list(),
    'backup:write': async ({ name, bytes, keep }) => {
      try {
        await deps.backups.write(name, bytes, keep);
        return { written: true };
      } catch (error) {
        return { written: false, error: fileErrorMessage(error, 'écrit') };
      }
    },
    'backup:read': async ({ name }) => deps.backups.read(name),
    'backup:passphrase': async () => deps.backupPassphrase.get(),
    'backup:set-passphrase': async ({ passphrase }) => {
      await deps.backupPassphrase.set(passphrase);
      return true;
    },
    'link:open': async ({ url }) => ({ opened: await deps.openExternalLink(url) }),
  };
}
