import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../../main/window-options';

describe('main window settings', () => {
  it('isolates the page from Node and Electron', () => {
    const { webPreferences } = buildWindowOptions({ preloadPath: '/app/preload/index.cjs', isProduction: true });
    expect(webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('turns devtools off in production only', () => {
    expect(buildWindowOptions({ preloadPath: 'p', isProduction: true }).webPreferences?.devTools).toBe(false);
    expect(buildWindowOptions({ preloadPath: 'p', isProduction: false }).webPreferences?.devTools).toBe(true);
  });
});
