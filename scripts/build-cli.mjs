// Builds the `ctai` command into out/cli/ (esbuild: one entry, a chunk per command loaded on
// demand), so that it starts without transpiling TypeScript. Run by `npm install` (the
// `prepare` script) and by bin/ctai.mjs when the build is missing or older than the sources.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * fflate makes a TextDecoder when it is loaded (to decode ZIP names), a native object that
 * Node's snapshot builder cannot hold: the snapshot of `ctai doc` (which never reads a ZIP) gets
 * a stand-in that makes the real one at its first use. fflate's check at load decodes nothing
 * and is answered without it. If fflate's text changes, the file is bundled as it is (and the
 * snapshot is not made; the command stays correct).
 */
const lazyZipTextDecoder = {
  name: 'lazy-zip-text-decoder',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]fflate[\\/]esm[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();";
      if (!source.includes(eager)) return { contents: source, loader: 'js' };
      const lazy =
        "var td = typeof TextDecoder != 'undefined' && { decode: function (b, o) { return b.length ? (td = new TextDecoder()).decode(b, o) : ''; } };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
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

/**
 * The startup snapshot of `ctai doc` (cli/doc-snapshot.ts): one CommonJS file, run by Node's
 * snapshot builder after a few demo dossiers are written for its warm-up. A snapshot only runs
 * on the Node that made it: doc-snapshot.json names it, and bin/ctai.mjs uses the snapshot only
 * on that Node. Where it cannot be made, `ctai doc` runs from the build above, only slower.
 */
const snapshotEntry = path.join(outdir, 'doc-snapshot.cjs');
/**
 * V8 options of the snapshot, given again to each run (V8 refuses a snapshot made with other
 * options). `--no-opt`: a document is made once per process, too short for the optimising
 * compiler to repay its work on other threads; the interpreter and the baseline compiler (both
 * V8's stable tiers) make the same PDF with a third less CPU time (cli.doc.contract40.pdf).
 * `--regexp-interpret-all`: a regular expression compiled to machine code during the warm-up
 * cannot be held by a snapshot (V8's serializer stops on it); interpreted, the same matches.
 */
const SNAPSHOT_FLAGS = ['--no-opt', '--regexp-interpret-all'];
await build({
  entryPoints: [path.join(root, 'cli/doc-snapshot.ts')],
  outfile: snapshotEntry,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // The snapshot is given the assets folder: it never reads its own module address.
  logOverride: { 'empty-import-meta': 'silent' },
  plugins: [lazyBrotliDictionary, lazyZipTextDecoder],
});
const warmUp = mkdtempSync(path.join(tmpdir(), 'ctai-warm-up-'));
try {
  execFileSync(
    process.execPath,
    [path.join(root, 'bin/ctai.mjs'), 'demo', '--out', warmUp, '--count', '7', '--seed', '3'],
    {
      stdio: 'ignore',
    },
  );
  execFileSync(
    process.execPath,
    [
      ...SNAPSHOT_FLAGS,
      '--no-warnings',
      '--snapshot-blob',
      path.join(outdir, 'doc.blob'),
      '--build-snapshot',
      snapshotEntry,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CTAI_ASSETS: path.join(root, 'assets'), CTAI_WARM_UP: warmUp },
    },
  );
  writeFileSync(
    path.join(outdir, 'doc-snapshot.json'),
    `${JSON.stringify({ node: process.version, arch: process.arch, flags: SNAPSHOT_FLAGS })}\n`,
  );
} catch (error) {
  rmSync(path.join(outdir, 'doc.blob'), { force: true });
  console.warn(`Instantané de « ctai doc » non créé (la commande reste utilisable, plus lente) : ${error.message}`);
} finally {
  rmSync(warmUp, { recursive: true, force: true });
}
