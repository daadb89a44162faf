// Generated documents and signed scans, stored with their dossier, their version, author and
// SHA-256; a new generation is a new version, never an overwrite.
import Dexie from 'dexie';
import type { ReceivedDocument } from '../../shared/bundle/bundle-documents';
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

/**
 * Marks one version of the signed act — the contract, or a PTAI's convention — as the signed one
 * (its PDF and hash are then kept as signed).
 */
export async function markSigned(
  db: CtaiDatabase,
  dossierId: string,
  version: number,
  kind: 'contract' | 'convention' = 'contract',
): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    const rows = await db.documents.where('[dossierId+kind]').equals([dossierId, kind]).toArray();
    for (const row of rows) await db.documents.update(row.id, { signed: row.version === version });
  });
}

/**
 * Stores the documents received with a dossier in an exchange; call inside a transaction on
 * `documents`. A file already here (same dossier, same SHA-256) is not stored twice: it only takes
 * the received « signed » mark. The files of one version at the sender (its PDF and DOCX) become
 * one new version here, numbered after this site's own for that kind and parameter, and name
 * their sender. Each new file is read from the bundle only when stored, one at a time (kept
 * alive by Dexie.waitFor: the transaction would otherwise commit while the file is read), so
 * that an import never holds more than one document's bytes. Returns how many files were added.
 */
export async function storeReceivedDocuments(
  db: CtaiDatabase,
  dossierId: string,
  documents: readonly ReceivedDocument[],
  from: string,
  newId: () => string,
): Promise<number> {
  if (documents.length === 0) return 0;
  const here = await db.documents.where('dossierId').equals(dossierId).toArray();
  const byHash = new Map(here.map((row) => [row.sha256, row]));
  const parameter = (d: { kind: string; year: number | null; meeting?: string | undefined }) =>
    `${d.kind}|${d.year ?? ''}|${d.meeting ?? ''}`;
  const highest = new Map<string, number>();
  for (const row of here) highest.set(parameter(row), Math.max(highest.get(parameter(row)) ?? 0, row.version));
  const versionFor = new Map<string, number>();
  let added = 0;
  // In the sender's order of versions, so that its versions 1 and 2 stay in that order here.
  const inOrder = [...documents].sort((a, b) => a.version - b.version || a.createdAt.localeCompare(b.createdAt));
  for (const document of inOrder) {
    const existing = byHash.get(document.sha256);
    if (existing) {
      if (document.signed && !existing.signed) await db.documents.update(existing.id, { signed: true });
      continue;
    }
    const generation = `${parameter(document)}|${document.version}`;
    let version = versionFor.get(generation);
    if (version === undefined) {
      version = (highest.get(parameter(document)) ?? 0) + 1;
      highest.set(parameter(document), version);
      versionFor.set(generation, version);
    }
    const { read, ...entry } = document;
    const bytes = await Dexie.waitFor(read());
    const row: DocumentRow = { ...entry, id: newId(), dossierId, version, bytes, receivedFrom: from };
    await db.documents.add(row);
    byHash.set(row.sha256, { ...row, bytes: new Uint8Array(0) });
    added++;
  }
  return added;
}
