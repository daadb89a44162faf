// What the snapshot of `ctai doc` runs before it is taken (cli/doc-snapshot.ts): the three
// documents of a few demo dossiers as PDF (checked, built and rendered as the command does), so
// that the snapshot holds that code compiled and the words the templates always print already
// measured. The dossiers are written by `ctai demo` at build time, none that a benchmark or test
// prints. Nothing is written to disk and no DOCX is made: a file handle or the zip library's
// native handle still open would make Node refuse to build the snapshot; that code is compiled
// when first run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDocument, renderDocument, type DocumentKind } from '../shared/documents/generate';
import { validateDossier } from '../shared/dossier/validation';
import { loadPdfFonts } from './document-fonts';

/** Produces, and throws away, the letter, contract and avenant of each dossier JSON file of the folder. */
export async function warmUpDocuments(folder: string): Promise<void> {
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
    const dossier = validateDossier(JSON.parse(readFileSync(path.join(folder, name), 'utf8')));
    if (!dossier.ok) continue;
    const first = dossier.value.contrat.anneeDebut;
    const requests: { kind: DocumentKind; year?: number }[] = [
      { kind: 'letter' },
      { kind: 'contract' },
      ...(first ? [{ kind: 'amendment' as const, year: first + 1 }] : []),
    ];
    for (const request of requests) {
      const built = buildDocument({ ...request, dossier: dossier.value, author: 'Contrats CTAI', date: '2026-01-15' });
      if (built.ok) await renderDocument(built.model, 'pdf', loadPdfFonts());
    }
  }
}
