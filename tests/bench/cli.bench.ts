// cli.doc.contract40.pdf: the whole `ctai doc contract … --format pdf` process (start, load, read
// the dossier, build, render, write) for the forty-action contract, against the whole
// `soffice --convert-to pdf` process converting the same contract's DOCX (warm: its profile made
// by a first, untimed run), in CPU time (user + system, the process and all it waited for, as
// the shell's `times` reports): wall time on a shared machine measures the other processes as
// much as these; the .wall lines give it too. cli.help: the whole `ctai --help` process.
// Both run the built command (bin/ctai.mjs, out/cli/), as `npx ctai` does; medians.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPdfFonts } from '../../cli/document-fonts';
import { buildDocument, renderDocument } from '../../shared/documents/generate';
import { result, type BenchResult } from './bench-result';
import { contract40Dossier, median } from './documents.bench';

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Median wall and CPU ms of a whole process, run through sh so that `times` reports its CPU. */
function processMs(command: string[], runs: number, env: NodeJS.ProcessEnv = process.env) {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const out = execFileSync('sh', ['-c', `${command.map(quote).join(' ')} >/dev/null 2>&1; times`], { env })
      .toString()
      .trim()
      .split('\n');
    walls.push(performance.now() - start);
    // The second line: user and system time of the children, as "0m1.234s 0m0.123s".
    const seconds = [...out[1]!.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
      (sum, m) => sum + Number(m[1]) * 60 + Number(m[2]),
      0,
    );
    cpus.push(Math.round(seconds * 1000));
  }
  return { wall: median(walls), cpu: median(cpus) };
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ctai-bench-cli-'));
  const dossier = contract40Dossier();
  const file = path.join(dir, 'dossier.json');
  writeFileSync(file, JSON.stringify(dossier));
  const ctai = (...args: string[]) => [process.execPath, 'bin/ctai.mjs', ...args];
  const doc = ctai('doc', 'contract', '--dossier', file, '--format', 'pdf', '--out', path.join(dir, 'c.pdf'));
  // A first run builds the command if needed and warms the system's file cache.
  processMs(doc, 1);
  const help = processMs(ctai('--help'), 5);
  const ours = processMs(doc, 5);
  const built = buildDocument({ kind: 'contract', dossier, author: 'Banc d’essai', date: '2026-03-01' });
  if (!built.ok) throw new Error('Le contrat de démonstration est incomplet.');
  const docx = path.join(dir, 'contrat.docx');
  writeFileSync(docx, await renderDocument(built.model, 'docx', loadPdfFonts()));
  const soffice = ['soffice', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx];
  const env = { ...process.env, HOME: dir };
  let libreoffice: { wall: number; cpu: number } | null;
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    processMs(soffice, 1, env);
    libreoffice = processMs(soffice, 3, env);
  } catch {
    libreoffice = null;
  }
  const versus = (name: string, value: number, baseline: number | undefined) =>
    baseline === undefined
      ? result(name, value, 'ms')
      : result(name, value, 'ms', { name: 'soffice --convert-to pdf, whole process (warm)', value: baseline });
  return [
    result('cli.help', help.cpu, 'ms'),
    result('cli.help.wall', help.wall, 'ms'),
    versus('cli.doc.contract40.pdf', ours.cpu, libreoffice?.cpu),
    versus('cli.doc.contract40.pdf.wall', ours.wall, libreoffice?.wall),
  ];
}
