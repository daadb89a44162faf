// Picks the platform once: the Electron bridge when the preload exposed it, else the browser.
import type { ElectronBridge, Platform } from '../../shared/platform/platform';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';

declare global {
  interface Window {
    ctai?: ElectronBridge;
  }
}

export const platform: Platform = window.ctai
  ? createElectronPlatform(window.ctai)
  : createBrowserPlatform(__APP_VERSION__);
