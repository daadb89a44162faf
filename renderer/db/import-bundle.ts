// Imports a verified bundle: every dossier merged with the local one through Automerge, all in
// one transaction, after which the bundle is remembered so that importing it again changes
// nothing. A refused bundle is journaled and changes nothing else.
import { BundleError } from '../../shared/bundle/bundle-error';
import { verifyBundle, type VerifiedBundle, type VerifyOptions } from '../../shared/bundle/verify-bundle';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { validateDossier } from '../../shared/dossier/validation';
import { diffToEdits } from '../../shared/sync/diff-edits';
import { changeDossierDoc, docToJson, loadDossierDoc, saveDossierDoc } from '../../shared/sync/dossier-doc';
import { keepSignedContract } from '../../shared/sync/keep-signed';
import { dossierConflicts, mergeReceived, type FieldConflict } from '../../shared/sync/merge-dossier';
import { dossierTables, putDossier } from './dossier-row';
import type { RepositoryContext } from './dossiers-repository';
import { toStorageError } from './storage-error';

export interface ImportPreviewItem {
  id: string;
  nom: string;
  status: 'new' | 'updated' | 'unchanged';
  changedFields: string[];
  conflicts: FieldConflict[];
  /** Received changes to the contract signed here, kept aside instead of applied. */
  refused: Dossier['contrat']['modificationsRefusees'];
}

export type ImportOutcome =
  | { status: 'imported'; bundle: VerifiedBundle; items: ImportPreviewItem[] }
  | { status: 'already-imported'; bundle: VerifiedBundle }
  | { status: 'outdated'; bundle: VerifiedBundle; highest: number }
  | { status: 'refused'; error: BundleError };

interface MergedDossier {
  item: ImportPreviewItem;
  /** The merged dossier, or why it would not be valid. */
  result: { ok: true; view: Dossier; bytes: Uint8Array; rev: number } | { ok: false; message: string };
}

async function journal(
  context: RepositoryContext,
  entry: { correspondent: string; dossiers: string[]; result: string; fileSha256: string },
) {
  await context.db.journal.add({ id: context.newId(), at: context.now().toISOString(), direction: 'import', ...entry });
}

/** Each received dossier merged with the local one, read from the database without writing. */
async function mergeAll(context: RepositoryContext, bundle: VerifiedBundle): Promise<MergedDossier[]> {
  await context.automergeReady();
  const merged: MergedDossier[] = [];
  // The local rows of every received dossier, read at once (one read each way, not three per dossier).
  const ids = bundle.dossiers.map((received) => received.dossier.id);
  const { db } = context;
  const [views, docs, rows] = await db.transaction('r', [db.dossierViews, db.dossierDocs, db.dossiers], () =>
    Promise.all([db.dossierViews.bulkGet(ids), db.dossierDocs.bulkGet(ids), db.dossiers.bulkGet(ids)]),
  );
  for (const [index, received] of bundle.dossiers.entries()) {
    const { id } = received.dossier;
    const local = views[index]?.view;
    const stored = docs[index]?.bytes ?? null;
    const rev = rows[index]?.rev ?? 0;
    let doc = mergeReceived(stored ? loadDossierDoc(stored) : null, received.doc);
    let validated = validateDossier(docToJson(doc));
    let refused: ImportPreviewItem['refused'] = [];
    if (validated.ok) {
      // A change to what the signature here froze is set aside, never applied silently.
      const sender = `${bundle.info.sender.nom} (${bundle.info.sender.site})`;
      const kept = keepSignedContract(local, validated.value, sender, context.now(), context.newId);
      if (kept.refused.length) {
        refused = kept.refused;
        const edits = diffToEdits(validated.value, kept.dossier);
        doc = changeDossierDoc(
          doc,
          edits,
          {
            author: context.author(),
            summary: `Contrat signé : modification reçue de ${sender} gardée de côté`,
            paths: edits.map((edit) => edit.path.join('.')),
          },
          context.now(),
        );
        validated = validateDossier(docToJson(doc));
      }
    }
    const after = validated.ok ? validated.value : received.dossier;
    const changedFields = local
      ? diffToEdits(local, after)
          .map((edit) => edit.path.join('.'))
          .filter((p) => p !== 'updatedAt')
      : [];
    merged.push({
      item: {
        id,
        nom: after.collectivite.nom,
        status: !local ? 'new' : changedFields.length ? 'updated' : 'unchanged',
        changedFields,
        conflicts: dossierConflicts(doc),
        refused,
      },
      result: validated.ok
        ? // A new dossier's document is the one received, its bytes kept as they came.
          {
            ok: true,
            view: validated.value,
            bytes: stored || refused.length ? saveDossierDoc(doc) : received.doc,
            rev: rev + 1,
          }
        : { ok: false, message: validated.problems[0]?.message ?? '' },
    });
  }
  return merged;
}

/** A backup of a whole database is restored from the Paramètres, never imported as an exchange. */
export function backupRefusal(bundle: VerifiedBundle): BundleError | null {
  return bundle.info.backupSchemaVersion === null
    ? null
    : new BundleError(
        'bundle-is-backup',
        'Ce fichier est une sauvegarde, pas un échange : restaurez-le depuis les Paramètres (Sauvegardes).',
      );
}

/**
 * The bundle as the preview keeps it until the agent confirms: its dossiers (view, history,
 * attachments), without the map of every payload file verification built, so that files no
 * dossier uses are not held while the agent reads the preview.
 */
export function keptForImport(bundle: VerifiedBundle): VerifiedBundle {
  return { ...bundle, files: new Map() };
}

/** The merge a preview computed, kept for the import that follows it (by the same bundle object). */
const previewed = new WeakMap<VerifiedBundle, MergedDossier[]>();

/**
 * What importing would change (new dossiers, changed fields, conflicts). The merge is kept with
 * the bundle, so that confirming does not merge every dossier a second time.
 */
export async function previewImport(context: RepositoryContext, bundle: VerifiedBundle): Promise<ImportPreviewItem[]> {
  const merged = await mergeAll(context, bundle);
  previewed.set(bundle, merged);
  return merged.map((m) => m.item);
}

/**
 * The preview's merge when no received dossier changed locally since (same revision, or still
 * absent); otherwise a new merge.
 */
async function mergeForImport(context: RepositoryContext, bundle: VerifiedBundle): Promise<MergedDossier[]> {
  const kept = previewed.get(bundle);
  previewed.delete(bundle);
  if (kept) {
    const rows = await context.db.dossiers.bulkGet(kept.map((m) => m.item.id));
    const unchanged = kept.every((m, index) => {
      const rev = rows[index]?.rev ?? 0;
      return m.result.ok ? m.result.rev === rev + 1 : false;
    });
    if (unchanged) return kept;
  }
  return mergeAll(context, bundle);
}

/** Imports a bundle already verified (the screen verifies it once, for the preview). */
export async function importVerified(context: RepositoryContext, bundle: VerifiedBundle): Promise<ImportOutcome> {
  const { db } = context;
  const correspondent = `${bundle.info.sender.nom} (${bundle.info.sender.site})`;
  const ids = bundle.dossiers.map((d) => d.dossier.id);
  const record = (result: string) =>
    journal(context, { correspondent, dossiers: ids, result, fileSha256: bundle.fileHash });
  const backup = backupRefusal(bundle);
  if (backup) {
    await record(`refusé : ${backup.message}`);
    return { status: 'refused', error: backup };
  }
  if (await db.receivedBundles.get(bundle.info.bundleId)) {
    await record('déjà importé : rien n’a changé');
    return { status: 'already-imported', bundle };
  }
  const highest = Math.max(
    0,
    ...(await db.receivedBundles.where('senderFingerprint').equals(bundle.sender.fingerprint).toArray()).map(
      (r) => r.sequence,
    ),
  );
  if (bundle.info.sequence < highest) {
    await record(`plus ancien que le dernier reçu (n° ${highest}) : rien n’a changé`);
    return { status: 'outdated', bundle, highest };
  }
  // Everything is merged and validated before the transaction, which then only writes.
  const merged = await mergeForImport(context, bundle);
  const invalid = merged.find((m) => !m.result.ok);
  if (invalid && !invalid.result.ok) {
    const error = new BundleError(
      'bundle-invalid-dossier',
      `Le dossier ${invalid.item.nom} ne serait plus valide après fusion (${invalid.result.message}) : l’échange est refusé.`,
    );
    await record(`refusé : ${error.message}`);
    return { status: 'refused', error };
  }
  try {
    await db.transaction('rw', [...dossierTables(db), db.receivedBundles, db.journal], async () => {
      for (const { result } of merged) if (result.ok) await putDossier(db, result.view, result.bytes, result.rev);
      await db.receivedBundles.add({
        bundleId: bundle.info.bundleId,
        senderFingerprint: bundle.sender.fingerprint,
        sequence: bundle.info.sequence,
        importedAt: context.now().toISOString(),
      });
      await record('importé');
    });
  } catch (error) {
    throw toStorageError(error);
  }
  return { status: 'imported', bundle, items: merged.map((m) => m.item) };
}

export async function importBundle(
  context: RepositoryContext,
  bytes: Uint8Array,
  options: Pick<VerifyOptions, 'knownKeys' | 'onStep' | 'passphrase'> = {},
): Promise<ImportOutcome> {
  let bundle: VerifiedBundle;
  try {
    bundle = await verifyBundle(bytes, options);
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    await journal(context, { correspondent: '', dossiers: [], result: `refusé : ${error.message}`, fileSha256: '' });
    return { status: 'refused', error };
  }
  return importVerified(context, bundle);
}
