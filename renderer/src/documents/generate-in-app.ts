// Generates a document of the open dossier in both formats and stores it as a new version.
// The renderers' code (docx, pdf-lib, fontkit) is loaded only when a document is made
// (renderDocument imports them); the builders are already loaded by the Documents tab.
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/documents/document-kinds';
import { buildDocument, renderDocument } from '../../../shared/documents/generate';
import type { MissingField } from '../../../shared/documents/missing-data';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { database } from '../../db/database';
import { storeDocumentVersion } from '../../db/documents-repository';
import type { DocumentRow } from '../../db/records';
import { currentAuthor } from '../state/agent-store';
import { loadBrowserFonts } from './browser-fonts';

/** CTAI_<collectivité>_<kind>[_<year or meeting>]_v<version>.<format>, the kind's part from the registry. */
export function fileName(
  dossier: Dossier,
  kind: DocumentKind | 'signed-scan',
  version: number,
  format: string,
  parameter?: number | string | null,
): string {
  const base = dossier.collectivite.nom
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const what = kind === 'signed-scan' ? 'contrat-signe-scan' : DOCUMENT_KINDS[kind].fileName;
  return `CTAI_${base}_${what}${parameter ? `_${parameter}` : ''}_v${version}.${format}`;
}

export type GenerateOutcome =
  { ok: true; rows: DocumentRow[] } | { ok: false; missing: MissingField[]; unknownFields?: string[] };

/** year: of an amendment or report; meeting: the COPIL's date, for its relevé. */
export async function generateInApp(
  dossier: Dossier,
  kind: DocumentKind,
  year: number | null,
  articles?: Record<string, string>,
  meeting?: string,
): Promise<GenerateOutcome> {
  const fonts = await loadBrowserFonts();
  const author = currentAuthor().nom;
  const date = new Date().toISOString().slice(0, 10);
  const built = buildDocument({
    kind,
    dossier,
    author,
    date,
    ...(year ? { year } : {}),
    ...(meeting ? { meeting } : {}),
    ...(articles ? { articles } : {}),
  });
  if (!built.ok) return built;
  const [pdf, docx] = await Promise.all([
    renderDocument(built.model, 'pdf', fonts),
    renderDocument(built.model, 'docx', fonts),
  ]);
  const rows = await storeDocumentVersion(
    database(),
    {
      dossierId: dossier.id,
      kind,
      year,
      ...(meeting ? { meeting } : {}),
      author,
      createdAt: new Date().toISOString(),
      files: (['pdf', 'docx'] as const).map((format) => ({
        format,
        name: (version: number) => fileName(dossier, kind, version, format, meeting ?? year),
        bytes: format === 'pdf' ? pdf : docx,
      })),
    },
    () => crypto.randomUUID(),
  );
  return { ok: true, rows };
}
