// documents.contract40.docx and documents.contract40.pdf: ms to build and render the contract of
// a forty-action dossier over three years; the PDF one against LibreOffice converting the same
// DOCX to PDF (when it is installed), the DOCX one against the PDF. LibreOffice is timed warm:
// a first conversion creates its profile and fills the system's caches before the timed ones.
// documents.contract40.pdf.first: the first PDF of the process (fonts parsed, no word shaped yet).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPdfFonts } from '../../cli/document-fonts';
import { loadReferentiel } from '../../cli/referentiel-node';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { buildDocument, renderDocument, type DocumentFormat } from '../../shared/documents/generate';
import { result, type BenchResult } from './bench-result';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The forty-action, three-year demo dossier both document benchmarks use. */
export function contract40Dossier(): Dossier {
  return generateDemoDossiers(loadReferentiel().entries, { count: 8, seed: 11, actions: 40, years: 3 }).find(
    (d) => d.workflow.etape === 'suivi',
  )!;
}

/** Median ms of LibreOffice converting a DOCX to PDF, warm; null where it is not installed. */
export function libreOfficeMs(docx: Uint8Array, runs = 3): number | null {
  try {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-bench-'));
    const file = path.join(dir, 'contrat.docx');
    writeFileSync(file, docx);
    const convert = () =>
      execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], {
        stdio: 'ignore',
        env: { ...process.env, HOME: dir },
      });
    convert();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      convert();
      times.push(performance.now() - start);
    }
    return median(times);
  } catch {
    return null;
  }
}

export async function run(): Promise<BenchResult[]> {
  const dossier = contract40Dossier();
  const fonts = loadPdfFonts();
  const time = async (format: DocumentFormat, runs: number) => {
    const times: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const built = buildDocument({ kind: 'contract', dossier, author: 'Banc d’essai', date: '2026-03-01' });
      if (!built.ok) throw new Error('Le contrat de démonstration est incomplet.');
      bytes = await renderDocument(built.model, format, fonts);
      times.push(performance.now() - start);
    }
    return { ms: median(times), bytes };
  };
  const first = await time('pdf', 1);
  const docx = await time('docx', 5);
  const pdf = await time('pdf', 9);
  const results = [
    result('documents.contract40.docx', docx.ms, 'ms', { name: 'our PDF of the same contract', value: pdf.ms }),
    result('documents.contract40.pdf.first', first.ms, 'ms'),
  ];
  const libreoffice = libreOfficeMs(docx.bytes);
  results.push(
    libreoffice === null
      ? result('documents.contract40.pdf', pdf.ms, 'ms')
      : result('documents.contract40.pdf', pdf.ms, 'ms', {
          name: 'LibreOffice converting the same DOCX to PDF (warm)',
          value: libreoffice,
        }),
  );
  return results;
}
