// One side of bundle.bench.ts, run in a fresh process so that its peak resident memory is its
// own: `export <dir>` writes <dir>/bundle.ctai from the dossiers and PDFs stored in <dir> (read
// as the app reads its database: dossiers whole, documents one at a time); `import <dir>`
// verifies that file, read by ranges, as the import service does, then reads every document
// once, one at a time, as the import stores them. Prints one JSON line: { ms, rssBeforeMb, peakMb }.
// Zod as the renderer runs it (its JIT is refused by the window's Content-Security-Policy).
import '../../renderer/zod-without-eval';
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROVE_BEFORE_PREVIEW, verifyBundle } from '../../shared/bundle/verify-bundle';
import { writeBundleTo, type BundleDossier } from '../../shared/bundle/write-bundle';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { createFileSink } from '../../main/file-sink';
import { openRegularFile } from '../../main/regular-file';
import { scanDocument } from '../unit/helpers/scan-document';

const [mode, dir] = process.argv.slice(2) as ['export' | 'import', string];
const mb = (bytes: number) => bytes / 1024 / 1024;

async function exportBundle(): Promise<() => Promise<void>> {
  const dossiers: BundleDossier[] = [];
  const pdfs = new Set(await readdir(path.join(dir, 'pdf')));
  for (const name of (await readdir(path.join(dir, 'dossiers'))).filter((n) => n.endsWith('.json')).sort()) {
    const id = name.slice(0, -'.json'.length);
    const dossier = JSON.parse(await readFile(path.join(dir, 'dossiers', name), 'utf8')) as Dossier;
    const doc = new Uint8Array(await readFile(path.join(dir, 'dossiers', `${id}.automerge`)));
    const scan = scanDocument(new Uint8Array(0));
    const documents = pdfs.has(`${id}.pdf`)
      ? [{ ...scan, read: () => readFile(path.join(dir, 'pdf', `${id}.pdf`)) }]
      : [];
    dossiers.push({ dossier, doc, documents });
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const spki = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }));
  return async () => {
    const sink = await createFileSink(path.join(dir, 'bundle.ctai'));
    await writeBundleTo(
      {
        name: 'CTAI_00_Bench_2026-01-01_1',
        bundleId: '2f1c7a52-6b0e-4a8e-9c1d-3e5f7a9b1c2d',
        sequence: 1,
        createdAt: new Date(),
        sender: { nom: 'Banc', service: '', site: 'Essai' },
        recipient: '',
        dossiers,
        publicKey: spki,
        sign: async (message) => new Uint8Array(sign(null, message, privateKey)),
      },
      sink,
    );
    await sink.commit();
  };
}

async function importBundle(): Promise<() => Promise<void>> {
  return async () => {
    const source = await openRegularFile(path.join(dir, 'bundle.ctai'), 4 * 1024 * 1024 * 1024);
    try {
      // As the app's import service verifies it: a bundle this large has its histories proved
      // after the commit (history-proof.ts), not before the preview.
      const bundle = await verifyBundle(source, { historyProofLimit: PROVE_BEFORE_PREVIEW });
      if (bundle.dossiers.length !== 500) throw new Error('Banc d’essai : dossiers manquants.');
      for (const dossier of bundle.dossiers) for (const document of dossier.documents) await document.read();
    } finally {
      await source.close();
    }
  };
}

/**
 * The kernel's own peak resident memory of this process (VmHWM, no sampling to miss a spike), in
 * bytes. Not getrusage's maxRSS: on Linux that keeps the parent's resident size from the fork.
 */
function peakRss(): number {
  const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!line) throw new Error('Banc d’essai : /proc/self/status ne donne pas VmHWM (Linux attendu).');
  return Number(line[1]) * 1024;
}

const run = mode === 'export' ? await exportBundle() : await importBundle();
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const start = performance.now();
await run();
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, rssBeforeMb: mb(rssBefore), peakMb: mb(peakRss()) }));
