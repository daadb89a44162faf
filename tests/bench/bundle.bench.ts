// bundle.export.500 / bundle.import.500: MB/s to write, and to verify then read, a bundle of 500
// demo dossiers with 200 MB of PDFs (100 of 2 MB), from and to files, against sha256sum + zip and
// unzip + sha256sum -c on the same files (the zip flushed to disk by `sync`, as the app's export
// is before it says « enregistré »: an agent may pull the USB stick at once); *.peak: the peak resident memory of the process that
// exported or imported (a fresh one each, see bundle-stream-child.ts), against the goal of twice
// the largest attachment plus 200 MB; *.before: what that process held before it started.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import '@automerge/automerge';
import { loadReferentiel } from '../../cli/referentiel-node';
import { bundlePayload } from '../../shared/bundle/write-bundle';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { createDossierDoc, saveDossierDoc } from '../../shared/sync/dossier-doc';
import { result, type BenchResult } from './bench-result';
import { scanDocument } from '../unit/helpers/scan-document';

const PDF_SIZE = Math.floor((200 * 1024 * 1024) / 100);

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

/**
 * The child compiled as the app ships its code (one bundle, Automerge's WebAssembly loaded from
 * its package), not run through tsx, whose transpiler would count in the process's memory.
 */
async function compiledChild(): Promise<string> {
  const outfile = new URL('../../out/bench/bundle-stream-child.mjs', import.meta.url).pathname;
  await build({
    entryPoints: [new URL('./bundle-stream-child.ts', import.meta.url).pathname],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['@automerge/automerge'],
    logLevel: 'silent',
  });
  return outfile;
}

function child(
  script: string,
  mode: 'export' | 'import',
  dir: string,
): { ms: number; rssBeforeMb: number; peakMb: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', script, mode, dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-bench-bundle-'));
  try {
    const demo = generateDemoDossiers(loadReferentiel().entries, { count: 500, seed: 9 });
    const author = { nom: 'Banc', service: '', site: 'Essai' };
    mkdirSync(path.join(dir, 'dossiers'));
    mkdirSync(path.join(dir, 'pdf'));
    const dossiers = demo.map((dossier, i) => {
      const doc = saveDossierDoc(createDossierDoc(dossier, { author, summary: 'bench', paths: [] }, new Date()));
      writeFileSync(path.join(dir, 'dossiers', `${dossier.id}.json`), JSON.stringify(dossier));
      writeFileSync(path.join(dir, 'dossiers', `${dossier.id}.automerge`), doc);
      const pdf = i < 100 ? fakePdf(PDF_SIZE, i + 1) : null;
      if (pdf) writeFileSync(path.join(dir, 'pdf', `${dossier.id}.pdf`), pdf);
      return { dossier, doc, documents: pdf ? [scanDocument(pdf)] : [] };
    });

    // The same files with the standard tools: hashing and zipping, then unzipping and checking.
    const payload = await bundlePayload(dossiers);
    const megabytes = [...payload.values()].reduce((sum, b) => sum + b.length, 0) / 1024 / 1024;
    for (const [file, content] of payload) {
      mkdirSync(path.join(dir, 'bag', path.dirname(file)), { recursive: true });
      writeFileSync(path.join(dir, 'bag', file), content);
    }
    payload.clear();
    let start = performance.now();
    execFileSync(
      'sh',
      [
        '-c',
        'cd bag && find data -type f -print0 | xargs -0 sha256sum > manifest-sha256.txt && zip -qr -n .pdf ../bag.zip . && sync ../bag.zip',
      ],
      { cwd: dir },
    );
    const toolsExport = performance.now() - start;
    start = performance.now();
    execFileSync(
      'sh',
      ['-c', 'mkdir out && cd out && unzip -q ../bag.zip && sha256sum -c --quiet manifest-sha256.txt'],
      {
        cwd: dir,
      },
    );
    const toolsImport = performance.now() - start;

    const script = await compiledChild();
    const exported = child(script, 'export', dir);
    const imported = child(script, 'import', dir);
    const goal = { name: 'twice the largest attachment plus 200 MB', value: (2 * PDF_SIZE) / 1024 / 1024 + 200 };
    const rate = (ms: number) => megabytes / (ms / 1000);
    return [
      result('bundle.export.500', rate(exported.ms), 'MB/s', {
        name: 'sha256sum + zip on the same files',
        value: rate(toolsExport),
        lowerIsBetter: false,
      }),
      result('bundle.import.500', rate(imported.ms), 'MB/s', {
        name: 'unzip + sha256sum -c on the same files',
        value: rate(toolsImport),
        lowerIsBetter: false,
      }),
      result('bundle.export.500.peak', exported.peakMb, 'MB', goal),
      result('bundle.export.500.before', exported.rssBeforeMb, 'MB'),
      result('bundle.import.500.peak', imported.peakMb, 'MB', goal),
      result('bundle.import.500.before', imported.rssBeforeMb, 'MB'),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
