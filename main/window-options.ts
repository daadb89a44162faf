// The settings of the main window, built by a function so that a test can check them.
import type { BrowserWindowConstructorOptions } from 'electron';

/** What every window of the app sets: its pages reach neither Node nor Electron. */
const ISOLATED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
} as const;

export interface WindowOptionsInput {
  preloadPath: string;
  isProduction: boolean;
  iconPath?: string;
}

export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Contrats CTAI',
    show: false,
    backgroundColor: '#ffffff',
    ...(input.iconPath ? { icon: input.iconPath } : {}),
    webPreferences: {
      preload: input.preloadPath,
      ...ISOLATED,
      safeDialogs: true,
      spellcheck: false,
      devTools: !input.isProduction,
    },
  };
}

/**
 * The print preview: the PDF in Chromium's viewer, whose print button opens the system dialog.
 * No preload, no Node; the viewer is a plugin, so plugins are on in this window only.
 */
export function buildPreviewWindowOptions(input: { title: string }): BrowserWindowConstructorOptions {
  return {
    width: 900,
    height: 1000,
    title: `Aperçu avant impression — ${input.title}`,
    autoHideMenuBar: true,
    webPreferences: {
      ...ISOLATED,
      plugins: true,
      devTools: false,
    },
  };
}
