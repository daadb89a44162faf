// Generates a document of the open dossier in both formats and stores it as a new version.
// The document code (docx, pdf-lib, fontkit) is loaded only when a document is made.
import type { DocumentKind } from '../../../shared/documents/generate';
import type { MissingField } from '../../../shared/documents/missing-data';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { database } from '../../db/database';
import { storeDocumentVersion } from '../../db/documents-repository';
import type { DocumentRow } from '../../db/records';
import { currentAuthor } from '../state/agent-store';
import { loadBrowserFonts } from './browser-fonts';

const KIND_NAMES: Record<DocumentKind, string> = {
  letter: 'lettre-intention',
  contract: 'contrat',
  amendment: 'avenant',
};

export function fileName(
  dossier: Dossier,
  kind: DocumentKind | 'signed-scan',
  version: number,
  format: string,
  year?: number | null,
): string {
  const base = dossier.collectivite.nom
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const what = kind === 'signed-scan' ? 'contrat-signe-scan' : KIND_NAMES[kind];
  return `CTAI_${base}_${what}${year ? `_${year}` : ''}_v${version}.${format}`;
}

export type GenerateOutcome =
  { ok: true; rows: DocumentRow[] } | { ok: false; missing: MissingField[]; unknownFields?: string[] };

export async function generateInApp(
  dossier: Dossier,
  kind: DocumentKind,
  year: number | null,
  articles?: Record<string, string>,
): Promise<GenerateOutcome> {
  const [{ buildDocument, renderDocument }, fonts] = await Promise.all([
    import('../../../shared/documents/generate'),
    loadBrowserFonts(),
  ]);
  const author = currentAuthor().nom;
  const date = new Date().toISOString().slice(0, 10);
  const built = buildDocument({
    kind,
    dossier,
    author,
    date,
    ...(year ? { year } : {}),
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
      author,
      createdAt: new Date().toISOString(),
      files: [
        { format: 'pdf', name: (version) => fileName(dossier, kind, version, 'pdf', year), bytes: pdf },
        { format: 'docx', name: (version) => fileName(dossier, kind, version, 'docx', year), bytes: docx },
      ],
    },
    () => crypto.randomUUID(),
  );
  return { ok: true, rows };
}
