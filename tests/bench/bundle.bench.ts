// bundle.export.500 / bundle.import.500: MB/s to write and to verify then read a bundle of 500
// demo dossiers with 200 MB of PDFs, against sha256sum + zip and unzip + sha256sum -c on the
// same files; *.peak: peak resident memory of this process during each, in MB.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import '@automerge/automerge';
import { loadReferentiel } from '../../cli/referentiel-node';
import { verifyBundle } from '../../shared/bundle/verify-bundle';
import { bundlePayload, writeBundle, type BundleDossier } from '../../shared/bundle/write-bundle';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { createDossierDoc, saveDossierDoc } from '../../shared/sync/dossier-doc';
import { result, type BenchResult } from './bench-result';
import { scanDocument } from '../unit/helpers/scan-document';

function fakePdf(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 255;
  }
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

function tracePeak(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss) / 1024 / 1024;
    },
  };
}

export async function run(): Promise<BenchResult[]> {
  const demo = generateDemoDossiers(loadReferentiel().entries, { count: 500, seed: 9 });
  const pdfSize = Math.floor((200 * 1024 * 1024) / 100);
  const author = { nom: 'Banc', service: '', site: 'Essai' };
  const dossiers: BundleDossier[] = demo.map((dossier, i) => ({
    dossier,
    doc: saveDossierDoc(createDossierDoc(dossier, { author, summary: 'bench', paths: [] }, new Date())),
    documents: i < 100 ? [scanDocument(fakePdf(pdfSize, i + 1))] : [],
  }));
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const spki = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }));
  const payload = await bundlePayload(dossiers);
  const megabytes = [...payload.values()].reduce((sum, b) => sum + b.length, 0) / 1024 / 1024;

  const exportPeak = tracePeak();
  let start = performance.now();
  const bytes = await writeBundle({
    name: 'CTAI_00_Bench_2026-01-01_1',
    bundleId: '2f1c7a52-6b0e-4a8e-9c1d-3e5f7a9b1c2d',
    sequence: 1,
    createdAt: new Date(),
    sender: author,
    recipient: '',
    dossiers,
    publicKey: spki,
    sign: async (message) => new Uint8Array(sign(null, message, privateKey)),
  });
  const exportMs = performance.now() - start;
  const exportMb = exportPeak.stop();

  const importPeak = tracePeak();
  start = performance.now();
  const verified = await verifyBundle(bytes);
  const importMs = performance.now() - start;
  const importMb = importPeak.stop();
  if (verified.dossiers.length !== 500) throw new Error('Banc d’essai : dossiers manquants.');

  // The same files with the standard tools: hashing and zipping, then unzipping and checking.
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-bench-bundle-'));
  for (const [file, content] of payload) {
    mkdirSync(path.join(dir, 'bag', path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, 'bag', file), content);
  }
  start = performance.now();
  execFileSync(
    'sh',
    [
      '-c',
      'cd bag && find data -type f -print0 | xargs -0 sha256sum > manifest-sha256.txt && zip -qr -n .pdf ../bag.zip .',
    ],
    { cwd: dir },
  );
  const toolsExport = performance.now() - start;
  start = performance.now();
  execFileSync('sh', ['-c', 'mkdir out && cd out && unzip -q ../bag.zip && sha256sum -c --quiet manifest-sha256.txt'], {
    cwd: dir,
  });
  const toolsImport = performance.now() - start;

  const rate = (ms: number) => megabytes / (ms / 1000);
  return [
    result('bundle.export.500', rate(exportMs), 'MB/s', {
      name: 'sha256sum + zip on the same files',
      value: rate(toolsExport),
      lowerIsBetter: false,
    }),
    result('bundle.import.500', rate(importMs), 'MB/s', {
      name: 'unzip + sha256sum -c on the same files',
      value: rate(toolsImport),
      lowerIsBetter: false,
    }),
    result('bundle.export.500.peak', exportMb, 'MB'),
    result('bundle.import.500.peak', importMb, 'MB'),
  ];
}
