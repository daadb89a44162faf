import { describe, expect, it } from 'vitest';
import { windowOpenHandlerWithLinks } from '../../../main/navigation-guards';
import { buildPreviewWindowOptions, buildWindowOptions } from '../../../main/window-options';

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

describe('print preview window', () => {
  it('has no preload, no Node and no devtools; only the PDF viewer plugin', () => {
    const options = buildPreviewWindowOptions({ title: 'Contrat — Tours' });
    expect(options.title).toBe('Aperçu avant impression — Contrat — Tours');
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      plugins: true,
    });
  });
});

describe('window.open from the app', () => {
  it('never opens a window, and hands the link to the confirmed opener', () => {
    const links: string[] = [];
    const handler = windowOpenHandlerWithLinks((url) => links.push(url));
    expect(handler({ url: 'https://www.legifrance.gouv.fr/' })).toEqual({ action: 'deny' });
    expect(links).toEqual(['https://www.legifrance.gouv.fr/']);
  });
});
