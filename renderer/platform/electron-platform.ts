// The platform inside Electron: each call goes through the preload's typed bridge.
import type { ChannelResponse } from '../../shared/ipc/channels';
import type { ElectronBridge, OpenBundleResult, Platform } from '../../shared/platform/platform';

/** Bytes of an export sent to main at a time. */
const SAVE_PIECE = 4 * 1024 * 1024;

/** A bundle main holds open, read by ranges through its handle (main/open-bundles.ts). */
function asBundle(bridge: ElectronBridge, file: ChannelResponse<'bundle:open'>): OpenBundleResult {
  if (!file.opened) return file;
  const { handle, size } = file;
  return {
    opened: true,
    name: file.name,
    source: {
      size,
      read: (offset, length) => bridge['bundle:read']({ handle, offset, length }),
      digest: (offset, length) => bridge['bundle:digest']({ handle, offset, length }),
      sha256: () => bridge['bundle:sha256']({ handle }),
      close: async () => void (await bridge['bundle:close']({ handle })),
    },
  };
}

export function createElectronPlatform(bridge: ElectronBridge): Platform {
  return {
    kind: 'electron',
    appVersion: () => bridge['app:version'](undefined),
    saveFile: (request) => bridge['file:save'](request),
    openFile: (filters) => bridge['file:open']({ filters }),
    saveBundle: async ({ suggestedName, filters, file }) => {
      const begun = await bridge['bundle:save-begin']({ suggestedName, filters });
      if (!begun.started) return { saved: false, ...(begun.error ? { error: begun.error } : {}) };
      const { handle } = begun;
      try {
        for (let offset = 0; offset < file.size; offset += SAVE_PIECE)
          await bridge['bundle:save-write']({
            handle,
            bytes: new Uint8Array(await file.slice(offset, offset + SAVE_PIECE).arrayBuffer()),
          });
      } catch (error) {
        await bridge['bundle:save-abort']({ handle });
        throw error;
      }
      const end = await bridge['bundle:save-end']({ handle });
      return end.saved ? { saved: true, location: end.location, sha256: end.sha256 } : end;
    },
    openBundle: async (filters) => asBundle(bridge, await bridge['bundle:open']({ filters })),
    printPdf: (title, bytes) => bridge['print:pdf']({ title, bytes }),
    publicKey: () => bridge['key:public'](undefined),
    sign: (bytes) => bridge['key:sign']({ bytes }),
    keyState: () => bridge['key:state'](undefined),
    renewUnreadableKey: () => bridge['key:renew'](undefined),
    keyProtection: () => bridge['key:protection'](undefined),
    unlockKey: (passphrase) => bridge['key:unlock']({ passphrase }),
    takeOpenedFile: async () => asBundle(bridge, await bridge['file:opened'](undefined)),
    showInFolder: async (location) => (await bridge['file:show-in-folder']({ location })).shown,
    openLink: async (url) => (await bridge['link:open']({ url })).opened,
    backups: {
      list: () => bridge['backup:list'](undefined),
      write: (name, bytes, keep) => bridge['backup:write']({ name, bytes, keep }),
      read: (name) => bridge['backup:read']({ name }),
      sealedKey: () => bridge['key:sealed'](undefined),
      restoreKey: (sealed) => bridge['key:restore-sealed']({ bytes: sealed }),
      passphrase: () => bridge['backup:passphrase'](undefined),
      setPassphrase: async (passphrase) => {
        await bridge['backup:set-passphrase']({ passphrase });
      },
    },
  };
}
