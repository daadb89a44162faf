// The documents of a dossier in a bundle: every generated version (letter, contract, avenants,
// reports…) and the signed scans, each with what the Documents tab shows of it. In the payload:
//   data/documents/<dossier id>/index.json      the list below, as JSON
//   data/documents/<dossier id>/<sha256>.<pdf|docx>   each file, named by its own SHA-256
// so that one file sent twice is one entry, and a name typed by an agent never becomes a path.
// Bundles written before documents travelled held only scans, under their own names and without
// an index: they are read as signed scans (see legacyScans).
import { z } from 'zod';
import { DOCUMENT_KIND_NAMES, type DocumentKind } from '../documents/document-kinds';
import { isoDate, text } from '../dossier/schema-primitives';

export type BundleDocumentKind = DocumentKind | 'signed-scan';

/** One stored file of a document, as it travels. `sha256`: lowercase hex of `bytes`. */
export interface BundleDocument {
  kind: BundleDocumentKind;
  /** The year of an avenant or a report; null for the others. */
  year: number | null;
  /** The COPIL meeting (ISO date) of a relevé de décisions. */
  meeting?: string;
  /** The version at the site that made it. */
  version: number;
  format: 'pdf' | 'docx';
  /** The file name the agent saves it under. */
  name: string;
  /** ISO date and time of its generation. */
  createdAt: string;
  /** Who generated or attached it. */
  author: string;
  /** The version recorded as signed. */
  signed: boolean;
  sha256: string;
  bytes: Uint8Array;
}

export const DOCUMENT_INDEX_FILE = 'index.json';

export const documentIndexPath = (dossierId: string) => `data/documents/${dossierId}/${DOCUMENT_INDEX_FILE}`;
export const documentFilePath = (dossierId: string, document: Pick<BundleDocument, 'sha256' | 'format'>) =>
  `data/documents/${dossierId}/${document.sha256}.${document.format}`;

/** Whether a payload path is a document's file (not its dossier's index.json). */
export function isDocumentFile(path: string): boolean {
  return /^data\/documents\/[^/]+\/[^/]+$/.test(path) && !path.endsWith(`/${DOCUMENT_INDEX_FILE}`);
}

const KINDS: readonly string[] = [...DOCUMENT_KIND_NAMES, 'signed-scan'];

const entrySchema = z.strictObject({
  kind: z.string(),
  year: z.number().int().min(2019).max(2100).nullable(),
  meeting: isoDate().optional(),
  version: z.number().int().min(1).max(100_000),
  format: z.enum(['pdf', 'docx']),
  // A file name to save under: never a path (control characters are already cleaned by `text`).
  name: text(200).pipe(z.string().regex(/^[^/\\]+$/)),
  createdAt: z.iso.datetime({ offset: true }),
  author: text(200),
  signed: z.boolean(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const indexSchema = z.strictObject({ documents: z.array(entrySchema).max(10_000) });

export type DocumentEntry = Omit<BundleDocument, 'bytes'>;

/**
 * A document received in a bundle: its entry, and its bytes read from the bundle when asked, one
 * document at a time (checked again against the signed manifest as they are read).
 */
export interface ReceivedDocument extends DocumentEntry {
  read: () => Promise<Uint8Array>;
}

/**
 * The index file of a dossier's documents (what index.json holds): only the fields the format
 * defines, whatever else the objects carry (the reader refuses any other).
 */
export function formatDocumentIndex(documents: readonly DocumentEntry[]): string {
  const entries: DocumentEntry[] = documents.map((d) => ({
    kind: d.kind,
    year: d.year,
    ...(d.meeting !== undefined ? { meeting: d.meeting } : {}),
    version: d.version,
    format: d.format,
    name: d.name,
    createdAt: d.createdAt,
    author: d.author,
    signed: d.signed,
    sha256: d.sha256,
  }));
  return JSON.stringify({ documents: entries }, null, 2) + '\n';
}

export type IndexReading =
  | { ok: true; entries: DocumentEntry[] }
  /** `kind`: the entry names a kind of document this version does not know (made by a newer one). */
  | { ok: false; unknownKind?: string };

/** Reads an index.json; never throws (the caller says, in French, which dossier's index is wrong). */
export function parseDocumentIndex(raw: string): IndexReading {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false };
  }
  const parsed = indexSchema.safeParse(json);
  if (!parsed.success) return { ok: false };
  const unknown = parsed.data.documents.find((entry) => !KINDS.includes(entry.kind));
  if (unknown) return { ok: false, unknownKind: unknown.kind.slice(0, 40) };
  return { ok: true, entries: parsed.data.documents as DocumentEntry[] };
}

/**
 * The scans a bundle of the first format carried under data/documents/<id>/<name>, without an
 * index: signed scans, dated from the bundle, by its sender.
 */
export function legacyScans(
  files: readonly { name: string; read: () => Promise<Uint8Array>; sha256: string }[],
  bundle: { createdAt: string; sender: string },
): ReceivedDocument[] {
  return files.map((file, i) => ({
    kind: 'signed-scan',
    year: null,
    version: i + 1,
    format: 'pdf',
    name: file.name,
    createdAt: bundle.createdAt,
    author: bundle.sender,
    signed: false,
    sha256: file.sha256,
    read: file.read,
  }));
}
