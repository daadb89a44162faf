// The one import service, used by the Échanges screen (button, dropped file, file opened from the
// file manager), the tests and the benchmark: verify (the sender judged from the signed tag files
// before the payload is inflated), preview what would change, then confirm, which adds an
// unknown sender to the correspondents and writes every dossier in one transaction. Every
// outcome but the agent's own cancellation is journaled, as a code.
//
// Cost, for 2 000 new dossiers (bench `bundle.import.dossiers.2000`): a dossier absent here is
// stored as received, its JSON (validated once, by the verifier) as its view and its history's
// bytes as they came, without loading Automerge; the proof that the two agree runs right after
// the commit (history-proof.ts), which takes out again a dossier whose two disagree. A dossier
// already here is merged through Automerge and its result validated, as before.
import { BundleError, senderLabel } from '../../shared/bundle/bundle-error';
import { bytesSource, type ByteSource } from '../../shared/bundle/byte-source';
import {
  PROVE_BEFORE_PREVIEW,
  verifyBundle,
  type KnownKey,
  type VerifiedBundle,
  type VerifiedDossier,
  type VerifyOptions,
} from '../../shared/bundle/verify-bundle';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { diffToEdits } from '../../shared/sync/diff-edits';
import { changeDossierDoc, dossierViewOf, loadDossierDoc, saveDossierDoc } from '../../shared/sync/dossier-doc';
import { keepSignedContract } from '../../shared/sync/keep-signed';
import { deletionConflicts } from '../../shared/sync/tombstones';
import { dossierConflicts, mergeReceived, type FieldConflict } from '../../shared/sync/merge-dossier';
import { storeReceivedDocuments } from './documents-repository';
import { dossierRow, dossierTables } from './dossier-row';
import type { RepositoryContext } from './dossiers-repository';
import { addPendingProofs, proveReceivedHistories, type ProofReport } from './history-proof';
import type { JournalOutcome } from './records';
import { addCorrespondent, getCorrespondents } from './settings-repository';
import { toStorageError } from './storage-error';

export interface ImportPreviewItem {
  id: string;
  nom: string;
  status: 'new' | 'updated' | 'unchanged';
  changedFields: string[];
  /**
   * Fields two sites changed concurrently once merged with the dossier here. A new dossier is
   * not merged with anything: its history's own conflicts, if any, are shown in the dossier.
   */
  conflicts: FieldConflict[];
  /** Received changes to the contract signed here, kept aside instead of applied. */
  refused: Dossier['contrat']['modificationsRefusees'];
  /** Generated documents and signed scans the bundle carries for this dossier. */
  documents: number;
  /** Items deleted on one site while another edited them (see tombstones.ts), by their label. */
  deletions: string[];
}

/** A verified bundle with its preview, waiting for the agent's confirmation. */
export interface PreparedImport {
  readonly status: 'ready';
  /** The bundle without the map of every payload file verification built (released). */
  bundle: VerifiedBundle;
  items: ImportPreviewItem[];
  merged: MergedDossier[];
  /** Whether each dossier's JSON was proved equal to its history before the preview. */
  proved: boolean;
}

export type ImportOutcome =
  | {
      status: 'imported';
      bundle: VerifiedBundle;
      items: ImportPreviewItem[];
      /** The check that each new dossier's view equals its history, running after the commit. */
      historyProof: Promise<ProofReport>;
    }
  | { status: 'already-imported'; bundle: VerifiedBundle }
  | { status: 'refused'; error: BundleError }
  /** The agent gave up (passphrase not given, sender not recognised): nothing journaled. */
  | { status: 'cancelled' };

export type PrepareOutcome = PreparedImport | Exclude<ImportOutcome, { status: 'imported' }>;

export interface ImportOptions extends Pick<VerifyOptions, 'onStep' | 'passphrase'> {
  /**
   * Asked about a sender whose key is not among the correspondents, before the payload is
   * inflated (see verifyBundle). True adds the sender to the correspondents when the import is
   * confirmed. Without it, an unknown sender is refused.
   */
  askUnknownSender?: VerifyOptions['askUnknownSender'];
  /** The largest bundle whose histories are proved before the preview (PROVE_BEFORE_PREVIEW). */
  historyProofLimit?: number;
}

interface LocalDossier {
  view: Dossier | undefined;
  bytes: Uint8Array | null;
  rev: number;
}

interface MergedDossier {
  item: ImportPreviewItem;
  /** The local revision merged against (0: the dossier is not here). */
  baseRev: number;
  /** The dossier to store, or why it would not be valid. */
  result: { ok: true; view: Dossier; bytes: Uint8Array; unproven: boolean } | { ok: false; message: string };
}

function senderName(bundle: VerifiedBundle): string {
  return senderLabel(bundle.info.sender);
}

async function journal(
  context: RepositoryContext,
  entry: { correspondent: string; dossiers: string[]; outcome: JournalOutcome; fileSha256: string },
): Promise<void> {
  await context.db.journal.add({ id: context.newId(), at: context.now().toISOString(), direction: 'import', ...entry });
}

function journalFor(context: RepositoryContext, bundle: VerifiedBundle, outcome: JournalOutcome): Promise<void> {
  return journal(context, {
    correspondent: senderName(bundle),
    dossiers: bundle.dossiers.map((d) => d.dossier.id),
    outcome,
    fileSha256: bundle.fileHash,
  });
}

/**
 * A received dossier merged with the local one (synchronous: it runs inside the write
 * transaction when the local one changed after the preview). A dossier absent here is taken as
 * received, its history not loaded.
 */
function mergeOne(
  context: RepositoryContext,
  bundle: VerifiedBundle,
  received: VerifiedDossier,
  local: LocalDossier | null,
  proved: boolean,
): MergedDossier {
  const { id } = received.dossier;
  if (!local?.view) {
    return {
      item: {
        id,
        nom: received.dossier.collectivite.nom,
        status: 'new',
        changedFields: [],
        conflicts: [],
        refused: [],
        documents: received.documents.length,
        deletions: [],
      },
      baseRev: local?.rev ?? 0,
      result: { ok: true, view: received.dossier, bytes: received.doc, unproven: !proved },
    };
  }
  let doc = mergeReceived(local.bytes ? loadDossierDoc(local.bytes) : null, received.doc);
  let validated = dossierViewOf(doc, received.dossier);
  let refused: ImportPreviewItem['refused'] = [];
  if (validated.ok) {
    // A change to what the signature here froze is set aside, never applied silently.
    const sender = senderName(bundle);
    const kept = keepSignedContract(local.view, validated.value, sender, context.now(), context.newId);
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
      validated = dossierViewOf(doc, received.dossier);
    }
  }
  const after = validated.ok ? validated.value : received.dossier;
  const changedFields = diffToEdits(local.view, after)
    .map((edit) => edit.path.join('.'))
    .filter((p) => p !== 'updatedAt');
  return {
    item: {
      id,
      nom: after.collectivite.nom,
      status: changedFields.length ? 'updated' : 'unchanged',
      changedFields,
      conflicts: dossierConflicts(doc),
      refused,
      documents: received.documents.length,
      deletions: deletionConflicts(doc).map((conflict) => conflict.libelle),
    },
    baseRev: local.rev,
    result: validated.ok
      ? { ok: true, view: validated.value, bytes: saveDossierDoc(doc), unproven: false }
      : { ok: false, message: validated.problems[0]?.message ?? '' },
  };
}

/** The local state of these dossiers; call inside a transaction on the dossier tables to read one moment. */
async function readLocal(context: RepositoryContext, ids: string[]): Promise<(LocalDossier | null)[]> {
  const { db } = context;
  const rows = await db.dossiers.bulkGet(ids);
  // Views and histories are read for the dossiers already here only (none, for a first import).
  const here = ids.filter((_, i) => rows[i]);
  const [views, docs] = await Promise.all([db.dossierViews.bulkGet(here), db.dossierDocs.bulkGet(here)]);
  const stored = new Map(here.map((id, k) => [id, { view: views[k]?.view, bytes: docs[k]?.bytes ?? null }]));
  return ids.map((id, i) => {
    const row = rows[i];
    return row ? { view: stored.get(id)?.view, bytes: stored.get(id)?.bytes ?? null, rev: row.rev } : null;
  });
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
 * Verifies a bundle against the correspondents stored here and previews what importing it would
 * change, writing nothing but the journal line of a refusal. Already imported and backups are
 * said before any preview.
 */
export async function prepareImport(
  context: RepositoryContext,
  file: Uint8Array | ByteSource,
  options: ImportOptions = {},
): Promise<PrepareOutcome> {
  // Read by ranges: a bundle opened from a file is never read whole (its documents are read
  // again, one at a time, when confirmImport stores them).
  const source = file instanceof Uint8Array ? bytesSource(file) : file;
  const knownKeys: KnownKey[] = (await getCorrespondents(context.db)).map((c) => ({
    name: c.name,
    fingerprint: c.fingerprint,
    revoked: c.revoked,
  }));
  let verified: VerifiedBundle;
  await context.automergeReady();
  try {
    verified = await verifyBundle(source, {
      ...options,
      historyProofLimit: options.historyProofLimit ?? PROVE_BEFORE_PREVIEW,
      knownKeys,
      requireKnownSender: !options.askUnknownSender,
    });
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    // The agent asked gave up: the passphrase prompt cancelled, or the sender not recognised.
    const gaveUp =
      error.code === 'bundle-sender-declined' ||
      (error.code === 'bundle-passphrase-required' && typeof options.passphrase === 'function');
    if (gaveUp) return { status: 'cancelled' };
    // The file's hash always, and its sender once the signature held: whoever reads the journal
    // can then ask that sender for that very file.
    await journal(context, {
      correspondent: error.sender ?? '',
      dossiers: [],
      outcome: { code: 'refused', reason: error.code },
      fileSha256: await source.sha256(),
    });
    return { status: 'refused', error };
  }
  // Files no dossier uses are not held while the agent reads the preview.
  const bundle: VerifiedBundle = { ...verified, files: new Map() };
  const backup = backupRefusal(bundle);
  if (backup) {
    await journalFor(context, bundle, { code: 'refused', reason: backup.code });
    return { status: 'refused', error: backup };
  }
  if (await context.db.receivedBundles.get(bundle.info.bundleId)) {
    await journalFor(context, bundle, { code: 'already-imported' });
    return { status: 'already-imported', bundle };
  }
  // Two views, one truth: verification proved each dossier's JSON equal to its history, for
  // bundles of up to PROVE_BEFORE_PREVIEW dossiers. A larger one (a whole base moved at once)
  // would keep the agent waiting several seconds a hundred dossiers: its new dossiers are proved
  // just after the commit instead, and any that disagrees is taken out again (history-proof.ts).
  const proved = bundle.info.dossiers <= (options.historyProofLimit ?? PROVE_BEFORE_PREVIEW);
  // A bundle older than one already received (two USB sticks, an email read late) is merged like
  // any other: merging is commutative and idempotent, so it can only add what is missing here.
  const { db } = context;
  const ids = bundle.dossiers.map((d) => d.dossier.id);
  const local = await db.transaction('r', dossierTables(db), () => readLocal(context, ids));
  // Automerge is loaded only when a received dossier is already here and must be merged.
  if (local.some((l) => l?.view)) await context.automergeReady();
  const merged = bundle.dossiers.map((received, i) => mergeOne(context, bundle, received, local[i] ?? null, proved));
  return { status: 'ready', bundle, items: merged.map((m) => m.item), merged, proved };
}

/** Thrown inside the write transaction to undo it when a merge redone there is not valid. */
class InvalidAfterMerge extends Error {
  constructor(
    readonly nom: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Writes a prepared import in one transaction: the sender added to the correspondents if the
 * agent recognised an unknown one, every dossier, the bundle id (so that importing it again
 * changes nothing) and the journal line. A dossier changed here after the preview (an autosave
 * landing while the agent read it) is merged again inside the transaction, so that edit is kept.
 */
export async function confirmImport(context: RepositoryContext, prepared: PreparedImport): Promise<ImportOutcome> {
  const { db } = context;
  const { bundle } = prepared;
  const ids = bundle.dossiers.map((d) => d.dossier.id);
  const invalid = prepared.merged.find((m) => !m.result.ok);
  if (invalid && !invalid.result.ok) return refuseInvalid(context, bundle, invalid.item.nom, invalid.result.message);
  // The merge may have to be redone inside the transaction (even for a dossier absent at the
  // preview, if another window brought it since): Automerge must be ready before it starts.
  await context.automergeReady();
  // Set inside the transaction when the bundle turns out to be imported meanwhile (another window).
  let replayed = false;
  let merged = prepared.merged;
  try {
    const tables = [...dossierTables(db), db.documents, db.receivedBundles, db.journal, db.settings];
    await db.transaction('rw', tables, async () => {
      if (await db.receivedBundles.get(bundle.info.bundleId)) {
        await journalFor(context, bundle, { code: 'already-imported' });
        replayed = true;
        return;
      }
      const rows = await db.dossiers.bulkGet(ids);
      const moved = merged.flatMap((m, i) => ((rows[i]?.rev ?? 0) !== m.baseRev ? [i] : []));
      if (moved.length) {
        const local = await readLocal(
          context,
          moved.map((i) => ids[i]!),
        );
        merged = merged.slice();
        moved.forEach((i, k) => {
          merged[i] = mergeOne(context, bundle, bundle.dossiers[i]!, local[k] ?? null, prepared.proved);
        });
        const bad = merged.find((m) => !m.result.ok);
        if (bad && !bad.result.ok) throw new InvalidAfterMerge(bad.item.nom, bad.result.message);
      }
      const stored = merged.flatMap((m) => (m.result.ok ? [{ ...m.result, rev: m.baseRev + 1 }] : []));
      if (!bundle.sender.known) {
        const { nom, service, site } = bundle.info.sender;
        await addCorrespondent(db, {
          name: nom || site,
          service: [service, site].filter(Boolean).join(' — '),
          fingerprint: bundle.sender.fingerprint,
          addedAt: context.now().toISOString(),
        });
      }
      await db.dossiers.bulkPut(stored.map((s) => dossierRow(s.view, s.rev)));
      await db.dossierViews.bulkPut(stored.map((s) => ({ id: s.view.id, view: s.view })));
      await db.dossierDocs.bulkPut(stored.map((s) => ({ id: s.view.id, bytes: s.bytes })));
      // Only where there are documents: every await of a promise Dexie did not make is a chance
      // for the transaction to commit early (PrematureCommitError), two thousand of them with it.
      for (const [i, m] of merged.entries())
        if (m.result.ok && bundle.dossiers[i]!.documents.length)
          await storeReceivedDocuments(db, m.item.id, bundle.dossiers[i]!.documents, senderName(bundle), context.newId);
      await addPendingProofs(
        db,
        stored.filter((s) => s.unproven).map((s) => s.view.id),
        senderName(bundle),
      );
      await db.receivedBundles.add({
        bundleId: bundle.info.bundleId,
        senderFingerprint: bundle.sender.fingerprint,
        sequence: bundle.info.sequence,
        importedAt: context.now().toISOString(),
      });
      await journalFor(context, bundle, { code: 'imported' });
    });
  } catch (error) {
    if (error instanceof InvalidAfterMerge) return refuseInvalid(context, bundle, error.nom, error.reason);
    // A document read from the file as it is stored no longer matches the signed manifest: the
    // file changed since its verification. The transaction is undone; nothing was written.
    if (error instanceof BundleError) return refuseAfterPreview(context, bundle, error);
    throw toStorageError(error);
  }
  if (replayed) return { status: 'already-imported', bundle };
  return {
    status: 'imported',
    bundle,
    items: merged.map((m) => m.item),
    historyProof: proveReceivedHistories(context),
  };
}

async function refuseInvalid(
  context: RepositoryContext,
  bundle: VerifiedBundle,
  nom: string,
  reason: string,
): Promise<ImportOutcome> {
  return refuseAfterPreview(
    context,
    bundle,
    new BundleError(
      'bundle-invalid-dossier',
      `Le dossier ${nom} ne serait plus valide après fusion (${reason}) : l’échange est refusé.`,
    ),
  );
}

/** A refusal found once the agent confirmed (the transaction wrote nothing), journaled. */
async function refuseAfterPreview(
  context: RepositoryContext,
  bundle: VerifiedBundle,
  error: BundleError,
): Promise<ImportOutcome> {
  error.sender = senderName(bundle);
  await journalFor(context, bundle, { code: 'refused', reason: error.code });
  return { status: 'refused', error };
}

/** Verifies, previews and confirms at once: the same steps as the screen, without the agent reading between them. */
export async function importBundle(
  context: RepositoryContext,
  file: Uint8Array | ByteSource,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const prepared = await prepareImport(context, file, options);
  return prepared.status === 'ready' ? confirmImport(context, prepared) : prepared;
}
