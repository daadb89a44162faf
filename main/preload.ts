// Exposes one function per channel of the IPC contract on window.ctai; never ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../shared/ipc/channel-names';
import type { ElectronBridge } from '../shared/platform/platform';

const bridge = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request)]),
) as ElectronBridge;

contextBridge.exposeInMainWorld('ctai', bridge);
contextBridge.exposeInMainWorld('ctaiMenu', {
  onCommand: (listener: (command: string) => void) => {
    ipcRenderer.on('menu:command', (_event, command: unknown) => {
      if (typeof command === 'string') listener(command);
    });
  },
});
