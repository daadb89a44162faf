// Imports a verified bundle: every dossier merged with the local one through Automerge, all in
// one transaction, after which the bundle is remembered so that importing it again changes
// nothing. A refused bundle is journaled and changes nothing else.
import { BundleError } from '../../shared/bundle/bundle-error';
import {
  verifyBundle,
  type KnownKey,
  type VerifiedBundle,
  type VerifyOptions,
} from '../../shared/bundle/verify-bundle';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { validateDossier } from '../../shared/dossier/validation';
import { docToJson, loadDossierDoc, saveDossierDoc } from '../../shared/sync/dossier-doc';
import { dossierConflicts, mergeReceived, type FieldConflict } from '../../shared/sync/merge-dossier';
import { diffToEdits } from '../../shared/sync/diff-edits';
import type { RepositoryContext } from './dossiers-repository';
import { dossierRow } from './dossier-row';
import { toStorageError } from './storage-error';

export interface ImportPreviewItem {
  id: string;
  nom: string;
  status: 'new' | 'updated' | 'unchanged';
  changedFields: string[];
  conflicts: FieldConflict[];
}

export type ImportOutcome =
  | { status: 'imported'; bundle: VerifiedBundle; items: ImportPreviewItem[] }
  | { status: 'already-imported'; bundle: VerifiedBundle }
  | { status: 'outdated'; bundle: VerifiedBundle; highest: number }
  | { status: 'refused'; error: BundleError };

async function journal(
  context: RepositoryContext,
  entry: { correspondent: string; dossiers: string[]; result: string; fileSha256: string },
) {
  await context.db.journal.add({ id: context.newId(), at: context.now().toISOString(), direction: 'import', ...entry });
}

/** What importing would change, read from the database without writing to it. */
export async function previewImport(context: RepositoryContext, bundle: VerifiedBundle): Promise<ImportPreviewItem[]> {
  await context.automergeReady();
  const items: ImportPreviewItem[] = [];
  for (const received of bundle.dossiers) {
    const view = (await context.db.dossierViews.get(received.dossier.id))?.view;
    const stored = await context.db.dossierDocs.get(received.dossier.id);
    if (!view) {
      items.push({
        id: received.dossier.id,
        nom: received.dossier.collectivite.nom,
        status: 'new',
        changedFields: [],
        conflicts: [],
      });
      continue;
    }
    const merged = mergeReceived(stored?.bytes ? loadDossierDoc(stored.bytes) : null, received.doc);
    const after = docToJson(merged) as Dossier;
    const changedFields = diffToEdits(view, after)
      .map((edit) => edit.path.join('.'))
      .filter((p) => p !== 'updatedAt');
    items.push({
      id: view.id,
      nom: view.collectivite.nom,
      status: changedFields.length ? 'updated' : 'unchanged',
      changedFields,
      conflicts: dossierConflicts(merged),
    });
  }
  return items;
}

export async function importBundle(
  context: RepositoryContext,
  bytes: Uint8Array,
  options: { knownKeys?: readonly KnownKey[]; onStep?: VerifyOptions['onStep'] } = {},
): Promise<ImportOutcome> {
  let bundle: VerifiedBundle;
  try {
    bundle = await verifyBundle(bytes, {
      knownKeys: options.knownKeys ?? [],
      ...(options.onStep ? { onStep: options.onStep } : {}),
    });
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    await journal(context, { correspondent: '', dossiers: [], result: `refusé : ${error.message}`, fileSha256: '' });
    return { status: 'refused', error };
  }
  await context.automergeReady();
  const { db } = context;
  const seen = await db.receivedBundles.get(bundle.info.bundleId);
  const correspondent = `${bundle.info.sender.nom} (${bundle.info.sender.site})`;
  const ids = bundle.dossiers.map((d) => d.dossier.id);
  if (seen) {
    await journal(context, {
      correspondent,
      dossiers: ids,
      result: 'déjà importé : rien n’a changé',
      fileSha256: bundle.fileHash,
    });
    return { status: 'already-imported', bundle };
  }
  const highest = Math.max(
    0,
    ...(await db.receivedBundles.where('senderFingerprint').equals(bundle.sender.fingerprint).toArray()).map(
      (r) => r.sequence,
    ),
  );
  if (bundle.info.sequence < highest) {
    await journal(context, {
      correspondent,
      dossiers: ids,
      result: `plus ancien que le dernier reçu (n° ${highest}) : rien n’a changé`,
      fileSha256: bundle.fileHash,
    });
    return { status: 'outdated', bundle, highest };
  }
  const items = await previewImport(context, bundle);
  // Everything is merged and validated before the transaction, which then only writes.
  const writes: { view: Dossier; bytes: Uint8Array; rev: number }[] = [];
  for (const received of bundle.dossiers) {
    const stored = await db.dossierDocs.get(received.dossier.id);
    const row = await db.dossiers.get(received.dossier.id);
    const merged = mergeReceived(stored?.bytes ? loadDossierDoc(stored.bytes) : null, received.doc);
    const validated = validateDossier(docToJson(merged));
    if (!validated.ok) {
      const error = new BundleError(
        'bundle-invalid-dossier',
        `Le dossier ${received.dossier.collectivite.nom} ne serait plus valide après fusion (${validated.problems[0]?.message}) : l’échange est refusé.`,
      );
      await journal(context, {
        correspondent,
        dossiers: ids,
        result: `refusé : ${error.message}`,
        fileSha256: bundle.fileHash,
      });
      return { status: 'refused', error };
    }
    writes.push({ view: validated.value, bytes: saveDossierDoc(merged), rev: (row?.rev ?? 0) + 1 });
  }
  try {
    await db.transaction(
      'rw',
      [db.dossiers, db.dossierViews, db.dossierDocs, db.receivedBundles, db.journal],
      async () => {
        for (const write of writes) {
          await db.dossiers.put(dossierRow(write.view, write.rev));
          await db.dossierViews.put({ id: write.view.id, view: write.view });
          await db.dossierDocs.put({ id: write.view.id, bytes: write.bytes });
        }
        await db.receivedBundles.add({
          bundleId: bundle.info.bundleId,
          senderFingerprint: bundle.sender.fingerprint,
          sequence: bundle.info.sequence,
          importedAt: context.now().toISOString(),
        });
        await journal(context, { correspondent, dossiers: ids, result: 'importé', fileSha256: bundle.fileHash });
      },
    );
  } catch (error) {
    throw toStorageError(error);
  }
  return { status: 'imported', bundle, items };
}
