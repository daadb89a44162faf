// documents.contract40.docx and documents.contract40.pdf: ms to build and render the contract of
// a forty-action dossier over three years; the PDF one against LibreOffice converting the same
// DOCX to PDF (when it is installed), the DOCX one against the PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPdfFonts } from '../../cli/document-fonts';
import { loadReferentiel } from '../../cli/referentiel-node';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { buildDocument, renderDocument, type DocumentFormat } from '../../shared/documents/generate';
import { result, type BenchResult } from './bench-result';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<BenchResult[]> {
  const dossier = generateDemoDossiers(loadReferentiel().entries, { count: 8, seed: 11, actions: 40, years: 3 }).find(
    (d) => d.workflow.etape === 'suivi',
  )!;
  const fonts = loadPdfFonts();
  const time = async (format: DocumentFormat) => {
    const runs: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const built = buildDocument({ kind: 'contract', dossier, author: 'Banc d’essai', date: '2026-03-01' });
      if (!built.ok) throw new Error('Le contrat de démonstration est incomplet.');
      bytes = await renderDocument(built.model, format, fonts);
      runs.push(performance.now() - start);
    }
    return { ms: median(runs), bytes };
  };
  const docx = await time('docx');
  const pdf = await time('pdf');
  const results = [
    result('documents.contract40.docx', docx.ms, 'ms', { name: 'our PDF of the same contract', value: pdf.ms }),
  ];
  let libreoffice: number | null;
  try {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-bench-'));
    const file = path.join(dir, 'contrat.docx');
    writeFileSync(file, docx.bytes);
    const start = performance.now();
    execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'ignore',
      env: { ...process.env, HOME: dir },
    });
    libreoffice = performance.now() - start;
  } catch {
    libreoffice = null;
  }
  results.push(
    libreoffice === null
      ? result('documents.contract40.pdf', pdf.ms, 'ms')
      : result('documents.contract40.pdf', pdf.ms, 'ms', {
          name: 'LibreOffice converting the same DOCX to PDF',
          value: libreoffice,
        }),
  );
  return results;
}
