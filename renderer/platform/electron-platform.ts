// The platform inside Electron: each call goes through the preload's typed bridge.
import type { ElectronBridge, Platform } from '../../shared/platform/platform';

export function createElectronPlatform(bridge: ElectronBridge): Platform {
  return {
    kind: 'electron',
    appVersion: () => bridge['app:version'](undefined),
    saveFile: (request) => bridge['file:save'](request),
    openFile: (filters) => bridge['file:open']({ filters }),
    printPdf: (title, bytes) => bridge['print:pdf']({ title, bytes }),
    publicKey: () => bridge['key:public'](undefined),
    sign: (bytes) => bridge['key:sign']({ bytes }),
  };
}
