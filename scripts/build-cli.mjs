// Builds the `ctai` command into out/cli/ (esbuild: one entry, a chunk per command loaded on
// demand), so that it starts without transpiling TypeScript. Run by `npm install` (the
// `prepare` script) and by bin/ctai.mjs when the build is missing or older than the sources.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const outdir = path.join(root, 'out/cli');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(root, 'cli/main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Libraries are bundled too (one file each to read and compile, not hundreds), except
  // Automerge, whose WebAssembly is loaded from its package.
  external: ['@automerge/automerge'],
  logLevel: 'warning',
  // Chunks named by content, so a rebuild never mixes old and new chunks.
  chunkNames: 'chunks/[name]-[hash]',
});
writeFileSync(path.join(outdir, 'built-at.txt'), `${new Date().toISOString()}\n`);
