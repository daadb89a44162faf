// Exports dossiers as signed bundles: each dossier with its Automerge history (created now for a
// dossier never edited), its JSON view and, if asked, its signed scans. Prepared first, so the
// agent sees the size before anything is saved; journaled once saved. Documents are read from
// the database one at a time, as the writer reaches them.
import { bundleName } from '../../shared/bundle/bag-format';
import { blobSink } from '../../shared/bundle/byte-source';
import { writeBundleTo, type BundleDossier, type OutgoingDocument } from '../../shared/bundle/write-bundle';
import { adoptedDossierDoc, saveDossierDoc } from '../../shared/sync/dossier-doc';
import type { RepositoryContext } from './dossiers-repository';
import { nextBundleSequence } from './settings-repository';

export interface ExportRequest {
  dossierIds: string[];
  recipient: string;
  departement: string;
  publicKey: Uint8Array;
  sign: (bytes: Uint8Array) => Promise<Uint8Array>;
  withScans: boolean;
  passphrase?: string;
  /** Split into bundles that each stand alone and stay, as far as one dossier allows, under this many bytes. */
  splitAbove?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface PreparedBundle {
  name: string;
  /** The bundle, held by the browser until saved (see blobSink), and its size in bytes. */
  file: Blob;
  size: number;
  dossierIds: string[];
  recipient: string;
  /** Bytes of signed scans this bundle carries. */
  scanBytes: number;
  /** Generated documents and scans this bundle carries. */
  documentCount: number;
  /** Signed scans of its dossiers left out (« laisser les scans de côté »): they stay here. */
  scansLeftOut: number;
}

/** A document to send, with its size (read from its row when collected). */
type SizedDocument = OutgoingDocument & { size: number };

/** A dossier to send, with the number of its signed scans left out at the agent's request. */
type Collected = Omit<BundleDossier, 'documents'> & { documents: SizedDocument[]; scansLeftOut: number };

async function collect(context: RepositoryContext, request: ExportRequest): Promise<Collected[]> {
  const { db } = context;
  const dossiers: Collected[] = [];
  for (const [index, id] of request.dossierIds.entries()) {
    request.onProgress?.(index, request.dossierIds.length * 2);
    const view = (await db.dossierViews.get(id))?.view;
    if (!view) continue;
    let doc = (await db.dossierDocs.get(id))?.bytes ?? null;
    if (!doc) {
      // Created once, here, and kept: both sites then share this document's origin.
      doc = saveDossierDoc(adoptedDossierDoc(view, context.author(), context.now()));
      await db.dossierDocs.put({ id, bytes: doc });
    }
    // Every generated version travels; the signed scans unless the agent leaves them out. Rows are
    // read one at a time and their bytes let go: the writer reads each again when it sends it.
    const documents: SizedDocument[] = [];
    let scansLeftOut = 0;
    for (const key of await db.documents.where('dossierId').equals(id).primaryKeys()) {
      const row = await db.documents.get(key);
      if (!row) continue;
      if (!request.withScans && row.kind === 'signed-scan') {
        scansLeftOut++;
        continue;
      }
      const { id: _id, dossierId: _dossierId, receivedFrom: _from, bytes, sha256: _sha256, ...entry } = row;
      documents.push({ ...entry, size: bytes.length, read: () => readDocument(context, key) });
    }
    dossiers.push({ dossier: view, doc, documents, scansLeftOut });
  }
  return dossiers;
}

async function readDocument(context: RepositoryContext, key: string): Promise<Uint8Array> {
  const row = await context.db.documents.get(key);
  if (!row) throw new Error('Un document du dossier a été supprimé pendant la préparation de l’échange : recommencez.');
  return row.bytes;
}

function scanSize({ documents }: Collected): number {
  return documents.filter((d) => d.kind === 'signed-scan').reduce((sum, d) => sum + d.size, 0);
}

function documentsSize({ documents }: Collected): number {
  return documents.reduce((sum, d) => sum + d.size, 0);
}

function rawSize(dossier: Collected): number {
  // The JSON view deflates to about a fifth; history and scans hardly shrink.
  return JSON.stringify(dossier.dossier).length / 5 + dossier.doc.length + documentsSize(dossier);
}

/** Dossiers in groups of at most `limit` estimated bytes, in their order; a larger dossier goes alone. */
export function packBySize<T>(items: readonly T[], size: (item: T) => number, limit: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const bytes = size(item);
    if (current.length && total + bytes > limit) {
      groups.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += bytes;
  }
  if (current.length) groups.push(current);
  return groups;
}

async function writeGroup(
  context: RepositoryContext,
  request: ExportRequest,
  group: Collected[],
  name: string,
  sequence: number,
): Promise<PreparedBundle> {
  const sink = blobSink();
  const { size } = await writeBundleTo(
    {
      name,
      bundleId: context.newId(),
      sequence,
      createdAt: context.now(),
      sender: context.author(),
      recipient: request.recipient,
      dossiers: group.map(({ scansLeftOut: _left, ...dossier }) => dossier),
      publicKey: request.publicKey,
      sign: request.sign,
      ...(request.passphrase ? { passphrase: request.passphrase } : {}),
    },
    sink,
  );
  return {
    name: `${name}.ctai`,
    file: sink.blob(),
    size,
    dossierIds: group.map((d) => d.dossier.id),
    recipient: request.recipient,
    scanBytes: group.reduce((sum, d) => sum + scanSize(d), 0),
    documentCount: group.reduce((sum, d) => sum + d.documents.length, 0),
    scansLeftOut: group.reduce((sum, d) => sum + d.scansLeftOut, 0),
  };
}

/**
 * The bundles of an export, in memory. Split, the parts share one sequence number (they are one
 * sending); a part found too large once written is halved and the parts written again.
 */
export async function prepareExport(context: RepositoryContext, request: ExportRequest): Promise<PreparedBundle[]> {
  await context.automergeReady();
  const dossiers = await collect(context, request);
  const sequence = await nextBundleSequence(context.db);
  const base = bundleName(
    request.departement,
    context.author().site,
    context.now().toISOString().slice(0, 10),
    sequence,
  );
  const limit = request.splitAbove;
  let groups = limit ? packBySize(dossiers, rawSize, limit) : [dossiers];
  for (;;) {
    const prepared: PreparedBundle[] = [];
    for (const [index, group] of groups.entries()) {
      request.onProgress?.(dossiers.length + (index * dossiers.length) / groups.length, dossiers.length * 2);
      const name = groups.length > 1 ? `${base}-${index + 1}sur${groups.length}` : base;
      prepared.push(await writeGroup(context, request, group, name, sequence));
    }
    const tooLarge = limit ? groups.filter((group, i) => prepared[i]!.size > limit && group.length > 1) : [];
    if (tooLarge.length === 0) {
      request.onProgress?.(1, 1);
      return prepared;
    }
    groups = groups.flatMap((group) =>
      tooLarge.includes(group) ? [group.slice(0, group.length / 2), group.slice(group.length / 2)] : [group],
    );
  }
}

/** Journals a bundle once it has been saved, with the SHA-256 (hex) of the file saved. */
export async function recordExport(context: RepositoryContext, bundle: PreparedBundle, sha256: string): Promise<void> {
  await context.db.journal.add({
    id: context.newId(),
    at: context.now().toISOString(),
    direction: 'export',
    correspondent: bundle.recipient,
    dossiers: bundle.dossierIds,
    outcome: { code: 'exported' },
    fileSha256: sha256,
  });
}

/** When the last bundle sent to this recipient was saved, or null if none was. */
export async function lastExportTo(context: RepositoryContext, recipient: string): Promise<string | null> {
  const key = recipient.trim().toLocaleLowerCase('fr');
  if (!key) return null;
  const last = await context.db.journal
    .orderBy('at')
    .reverse()
    .filter((row) => row.direction === 'export' && row.correspondent.trim().toLocaleLowerCase('fr') === key)
    .first();
  return last?.at ?? null;
}

/** The dossiers changed after a moment (all of them when there is none). */
export async function dossiersChangedSince(context: RepositoryContext, at: string | null): Promise<string[]> {
  const rows = at
    ? await context.db.dossiers.where('updatedAt').above(at).primaryKeys()
    : await context.db.dossiers.toCollection().primaryKeys();
  return rows;
}

/** Everyone the agent has sent bundles to, most recent first, to choose from. */
export async function exportRecipients(context: RepositoryContext): Promise<string[]> {
  const names = new Set<string>();
  await context.db.journal
    .orderBy('at')
    .reverse()
    .each((row) => {
      if (row.direction === 'export' && row.correspondent.trim()) names.add(row.correspondent.trim());
    });
  return [...names];
}
