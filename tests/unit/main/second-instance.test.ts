// A second instance (the agent double-clicks a .ctai while the app runs) hands its files over
// through the first instance's 'second-instance' event and must then do nothing: no handler,
// no protocol, no window, even in the moment before `app.quit()` takes effect.
import type NodeEvents from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  // Hoisted above the imports, so the module is required here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventEmitter } = require('node:events') as typeof NodeEvents;
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: vi.fn(() => false),
    quit: vi.fn(),
    getPath: () => '/nonexistent',
    getVersion: () => '9.9.9',
    whenReady: vi.fn(() => new Promise<void>(() => undefined)),
  });
  return {
    app,
    BrowserWindow: vi.fn(),
    dialog: {},
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    safeStorage: {},
    session: {},
    shell: {},
  };
});

vi.mock('electron', () => electron);

describe('a second instance', () => {
  it('quits and registers nothing', async () => {
    await import('../../../main/index');
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.app.eventNames()).toEqual([]);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.BrowserWindow).not.toHaveBeenCalled();
  });
});
