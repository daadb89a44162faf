// The renderer's Vite settings, shared by the Electron build and the browser mode.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { readRawDecoupage } from './cli/referentiel-node.ts';
import { compactReferentiel, packReferentiel } from './shared/referentiel/referentiel.ts';
import packageJson from './package.json' with { type: 'json' };

export const rendererRoot = resolve(import.meta.dirname, 'renderer');

const REFERENTIEL_MODULE = 'virtual:ctai-referentiel';

/**
 * The official list, reduced and packed at build time into a chunk of its own that the app
 * loads only when an agent searches it (13 MB of raw data never reach the start-up bundle).
 */
function referentielPlugin(): Plugin {
  return {
    name: 'ctai-referentiel',
    resolveId: (source) => (source === REFERENTIEL_MODULE ? `\0${REFERENTIEL_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${REFERENTIEL_MODULE}`) return undefined;
      const packed = packReferentiel(compactReferentiel(readRawDecoupage()));
      // JSON.parse of a string literal is parsed faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(packed))});`;
    },
  };
}

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react(), referentielPlugin()],
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
