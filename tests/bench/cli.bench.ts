// cli.doc.contract40.pdf: ms of the whole `ctai doc contract … --format pdf` process (start,
// load, read the dossier, build, render, write) for the forty-action contract, against the
// whole `soffice --convert-to pdf` process converting the same contract's DOCX (warm: its
// profile made by a first, untimed run). cli.help: ms of the whole `ctai --help` process.
// Both run the built command (bin/ctai.mjs, out/cli/), as `npx ctai` does; medians, wall clock.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPdfFonts } from '../../cli/document-fonts';
import { buildDocument, renderDocument } from '../../shared/documents/generate';
import { result, type BenchResult } from './bench-result';
import { contract40Dossier, libreOfficeMs, median } from './documents.bench';

function processMs(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(process.execPath, ['bin/ctai.mjs', ...args], { stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-bench-cli-'));
  const dossier = contract40Dossier();
  const file = path.join(dir, 'dossier.json');
  writeFileSync(file, JSON.stringify(dossier));
  const doc = ['doc', 'contract', '--dossier', file, '--format', 'pdf', '--out', path.join(dir, 'c.pdf')];
  // A first run builds the command if needed and warms the system's file cache.
  processMs(doc, 1);
  const help = processMs(['--help'], 5);
  const ctai = processMs(doc, 5);
  const built = buildDocument({ kind: 'contract', dossier, author: 'Banc d’essai', date: '2026-03-01' });
  if (!built.ok) throw new Error('Le contrat de démonstration est incomplet.');
  const soffice = libreOfficeMs(await renderDocument(built.model, 'docx', loadPdfFonts()));
  return [
    result('cli.help', help, 'ms'),
    soffice === null
      ? result('cli.doc.contract40.pdf', ctai, 'ms')
      : result('cli.doc.contract40.pdf', ctai, 'ms', {
          name: 'soffice --convert-to pdf, whole process (warm)',
          value: soffice,
        }),
  ];
}
