// Generated documents and signed scans, stored with their dossier, their version, author and
// SHA-256; a new generation is a new version, never an overwrite.
import { sha256Hex } from '../../shared/bundle/bytes';
import type { CtaiDatabase } from './database';
import type { DocumentRow } from './records';
import { toStorageError } from './storage-error';

export interface NewDocument {
  dossierId: string;
  kind: DocumentRow['kind'];
  year: number | null;
  /** The COPIL meeting's date (ISO), for a relevé de décisions. */
  meeting?: string;
  author: string;
  createdAt: string;
  /** `name` is given the version number, known only once stored. */
  files: { format: DocumentRow['format']; name: (version: number) => string; bytes: Uint8Array }[];
}

/** Stores the files of one generation as the next version of that document. */
export async function storeDocumentVersion(
  db: CtaiDatabase,
  document: NewDocument,
  newId: () => string,
): Promise<DocumentRow[]> {
  const hashed = await Promise.all(
    document.files.map(async (file) => ({ ...file, sha256: await sha256Hex(file.bytes) })),
  );
  try {
    return await db.transaction('rw', db.documents, async () => {
      const existing = await db.documents
        .where('[dossierId+kind]')
        .equals([document.dossierId, document.kind])
        .toArray();
      // Versions are numbered per kind and parameter (year, meeting): two years' reports do not share one.
      const same = existing.filter(
        (row) => row.year === document.year && (row.meeting ?? '') === (document.meeting ?? ''),
      );
      const version = Math.max(0, ...same.map((row) => row.version)) + 1;
      const rows: DocumentRow[] = hashed.map((file) => ({
        id: newId(),
        dossierId: document.dossierId,
        kind: document.kind,
        year: document.year,
        ...(document.meeting ? { meeting: document.meeting } : {}),
        version,
        format: file.format,
        name: file.name(version),
        createdAt: document.createdAt,
        author: document.author,
        sha256: file.sha256,
        bytes: file.bytes,
        signed: false,
      }));
      await db.documents.bulkAdd(rows);
      return rows;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

export function listDocuments(db: CtaiDatabase, dossierId: string): Promise<DocumentRow[]> {
  return db.documents.where('dossierId').equals(dossierId).toArray();
}

/** Marks one version of the contract as the signed one (its PDF and hash are then kept as signed). */
export async function markSigned(db: CtaiDatabase, dossierId: string, version: number): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    const rows = await db.documents.where('[dossierId+kind]').equals([dossierId, 'contract']).toArray();
    for (const row of rows) await db.documents.update(row.id, { signed: row.version === version });
  });
}
