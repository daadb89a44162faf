// Exports dossiers as a signed bundle: each with its Automerge history (created now for a
// dossier never edited), its JSON view and its signed scans; journaled with the file's hash.
import { bundleName } from '../../shared/bundle/bag-format';
import { sha256Hex } from '../../shared/bundle/bytes';
import { writeBundle, type BundleDossier } from '../../shared/bundle/write-bundle';
import { createDossierDoc, saveDossierDoc } from '../../shared/sync/dossier-doc';
import type { RepositoryContext } from './dossiers-repository';
import { nextBundleSequence } from './settings-repository';

export interface ExportRequest {
  dossierIds: string[];
  recipient: string;
  departement: string;
  publicKey: Uint8Array;
  sign: (bytes: Uint8Array) => Promise<Uint8Array>;
  withScans: boolean;
}

export async function exportBundle(
  context: RepositoryContext,
  request: ExportRequest,
): Promise<{ name: string; bytes: Uint8Array }> {
  await context.automergeReady();
  const { db } = context;
  const author = context.author();
  const at = context.now();
  const dossiers: BundleDossier[] = [];
  for (const id of request.dossierIds) {
    const view = (await db.dossierViews.get(id))?.view;
    if (!view) continue;
    let doc = (await db.dossierDocs.get(id))?.bytes ?? null;
    if (!doc) {
      // Created once, here, and kept: both sites then share this document's origin.
      doc = saveDossierDoc(createDossierDoc(view, { author, summary: 'Reprise du dossier', paths: [] }, at));
      await db.dossierDocs.put({ id, bytes: doc });
    }
    const scans = request.withScans
      ? (await db.documents.where('[dossierId+kind]').equals([id, 'signed-scan']).toArray()).map((row) => ({
          name: row.name,
          bytes: row.bytes,
        }))
      : [];
    dossiers.push({ dossier: view, doc, attachments: scans });
  }
  const sequence = await nextBundleSequence(db);
  const name = bundleName(request.departement, author.site, at.toISOString().slice(0, 10), sequence);
  const bytes = await writeBundle({
    name,
    bundleId: context.newId(),
    sequence,
    createdAt: at,
    sender: author,
    recipient: request.recipient,
    dossiers,
    publicKey: request.publicKey,
    sign: request.sign,
  });
  await db.journal.add({
    id: context.newId(),
    at: at.toISOString(),
    direction: 'export',
    correspondent: request.recipient,
    dossiers: dossiers.map((d) => d.dossier.id),
    result: 'exporté',
    fileSha256: await sha256Hex(bytes),
  });
  return { name: `${name}.ctai`, bytes };
}
