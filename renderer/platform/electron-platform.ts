// The platform inside Electron: each call goes through the preload's typed bridge.
import { bytesSource } from '../../shared/bundle/byte-source';
import type { ElectronBridge, OpenBundleResult, OpenFileResult, Platform } from '../../shared/platform/platform';

/** A file main read (bounded by MAX_OPENED_FILE_SIZE), as a bundle to verify. */
function asBundle(file: OpenFileResult): OpenBundleResult {
  return file.opened ? { opened: true, name: file.name, source: bytesSource(file.bytes) } : file;
}

export function createElectronPlatform(bridge: ElectronBridge): Platform {
  return {
    kind: 'electron',
    appVersion: () => bridge['app:version'](undefined),
    saveFile: (request) => bridge['file:save'](request),
    openFile: (filters) => bridge['file:open']({ filters }),
    openBundle: async (filters) => asBundle(await bridge['file:open']({ filters })),
    printPdf: (title, bytes) => bridge['print:pdf']({ title, bytes }),
    publicKey: () => bridge['key:public'](undefined),
    sign: (bytes) => bridge['key:sign']({ bytes }),
    keyState: () => bridge['key:state'](undefined),
    renewUnreadableKey: () => bridge['key:renew'](undefined),
    keyProtection: () => bridge['key:protection'](undefined),
    unlockKey: (passphrase) => bridge['key:unlock']({ passphrase }),
    takeOpenedFile: async () => asBundle(await bridge['file:opened'](undefined)),
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
