// The handlers behind each IPC channel, with their Electron dependencies passed in.
import path from 'node:path';
import type { IpcHandlers } from './ipc-router';
import { writeFileAtomic } from './atomic-write';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

export interface IpcHandlerDeps {
  version: string;
  showSaveDialog: (options: { defaultPath: string; filters: DialogFilter[] }) => Promise<string | undefined>;
  showOpenDialog: (options: { filters: DialogFilter[] }) => Promise<string | undefined>;
  readFile: (file: string) => Promise<Uint8Array>;
  lastFolder: { get: () => string; set: (folder: string) => void };
  openPdfForPrinting: (title: string, bytes: Uint8Array) => Promise<boolean>;
  keyStore: { publicKey: () => Promise<Uint8Array>; sign: (bytes: Uint8Array) => Promise<Uint8Array> };
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  return {
    'app:version': async () => deps.version,
    'file:save': async ({ suggestedName, bytes, filters }) => {
      const target = await deps.showSaveDialog({
        defaultPath: path.join(deps.lastFolder.get(), suggestedName),
        filters,
      });
      if (!target) return { saved: false };
      await writeFileAtomic(target, bytes);
      deps.lastFolder.set(path.dirname(target));
      return { saved: true, location: target };
    },
    'file:open': async ({ filters }) => {
      const file = await deps.showOpenDialog({ filters });
      if (!file) return { opened: false };
      deps.lastFolder.set(path.dirname(file));
      return { opened: true, name: path.basename(file), bytes: await deps.readFile(file) };
    },
    'print:pdf': async ({ title, bytes }) => ({ printed: await deps.openPdfForPrinting(title, bytes) }),
    'key:public': async () => deps.keyStore.publicKey(),
    'key:sign': async ({ bytes }) => deps.keyStore.sign(bytes),
  };
}
