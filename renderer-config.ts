// The renderer's Vite settings, shared by the Electron build and the browser mode.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };

export const rendererRoot = resolve(import.meta.dirname, 'renderer');

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      minify: true,
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve(rendererRoot, 'index.html') },
    },
    worker: { format: 'es' },
  };
}
