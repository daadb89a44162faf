// The text of a document as `ctai doc` prints it and pdftotext reads it back, as one flow: each
// page's furniture (bloc-marque or letterhead, footer « … Page X sur Y ») taken out after the first
// page's mark, spaces of any kind and line ends made one space, so that a sentence across a page
// break reads whole. `footers` keeps the footers' lines, for what they print.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'ctai-pdf-text-'));
let counter = 0;

export interface CliPdfText {
  text: string;
  footers: string[];
  err: string;
}

/** Runs `ctai doc KIND --dossier … --format pdf` (and `extra`); throws with its error output when it fails. */
export async function cliPdfText(dossier: Dossier, kind: string, ...extra: string[]): Promise<CliPdfText> {
  const name = `${kind}-${++counter}`;
  const file = path.join(dir, `${name}.json`);
  const out = path.join(dir, `${name}.pdf`);
  writeFileSync(file, JSON.stringify(dossier));
  const result = await runCli('doc', kind, '--dossier', file, '--format', 'pdf', '--out', out, ...extra);
  if (result.code !== 0) throw new Error(`ctai doc ${kind} a échoué (${result.code}) : ${result.err}`);
  const pages = execFileSync('pdftotext', [out, '-']).toString('utf8').split('\f');
  const footers = pages.flatMap((page) => page.split('\n').filter((line) => /Page \d+ sur \d+\s*$/.test(line)));
  const text = pages
    .map((page, index) =>
      page
        .split('\n')
        .filter((line) => !/Page \d+ sur \d+\s*$/.test(line))
        .join('\n')
        .replace(index === 0 ? /^$/ : /^[\s\S]*?Fraternité\n/, ''),
    )
    .join('\n')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
  return { text, footers, err: result.err };
}

/** Runs `ctai doc KIND` expecting a refusal; returns its error output. */
export async function cliRefusal(dossier: Dossier, kind: string, ...extra: string[]): Promise<string> {
  const name = `${kind}-${++counter}`;
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(dossier));
  const result = await runCli(
    'doc',
    kind,
    '--dossier',
    file,
    '--format',
    'pdf',
    '--out',
    path.join(dir, `${name}.pdf`),
    ...extra,
  );
  if (result.code === 0) throw new Error(`ctai doc ${kind} n’a pas refusé`);
  return result.err;
}
