// Builds the `ctai` command into out/cli/ (esbuild: one entry, a chunk per command loaded on
// demand), so that it starts without transpiling TypeScript. Run by `npm install` (the
// `prepare` script) and by bin/ctai.mjs when the build is missing or older than the sources.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const outdir = path.join(root, 'out/cli');

/**
 * fontkit decompresses Brotli's 120 KB dictionary when it is loaded, for WOFF2 files the
 * documents never use: a sixth of a `ctai doc` process. The dictionary is made on first use
 * instead. If fontkit's text changes, the file is bundled as it is (the command stays correct).
 */
const lazyBrotliDictionary = {
  name: 'lazy-brotli-dictionary',
  setup(builder) {
    builder.onLoad({ filter: /@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.umd\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = '\tdictionary.init(BrotliDecompressBuffer);\n';
      const use = 'dst[idx++] = dictionary.dictionary[word + i];';
      if (!source.includes(eager) || !source.includes(use)) return { contents: source, loader: 'js' };
      return {
        contents: source
          .replace(eager, '\n')
          .replace(
            use,
            'dst[idx++] = (dictionary.dictionary || (dictionary.init(BrotliDecompressBuffer), dictionary.dictionary))[word + i];',
          ),
        loader: 'js',
      };
    });
  },
};

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
  plugins: [lazyBrotliDictionary],
});
writeFileSync(path.join(outdir, 'built-at.txt'), `${new Date().toISOString()}\n`);
