// The only way to write a dossier. Each write changes its Automerge document (with author and
// time) and its JSON view in one transaction; screens read the views with live queries.
import { deletionConflicts, type DeletionConflict } from '../../shared/sync/tombstones';
import type { ReferentielEntry } from '../../shared/referentiel/referentiel';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { emptyDossier, fieldsFromReferentiel } from '../../shared/dossier/new-dossier-factory';
import { applyPrefectureDefaults, type PrefectureDefaults } from '../../shared/dossier/prefecture-defaults';
import { validateNewDossier, type FieldErrors, type NewDossierInput } from '../../shared/dossier/new-dossier';
import { signedFundingProblems } from '../../shared/dossier/signed-contract';
import { problemsBroughtIn } from '../../shared/dossier/edit-refusals';
import { validateDossier, type ValidationProblem } from '../../shared/dossier/validation';
import { keptEdits, writesText } from '../../shared/sync/kept-edits';
import { withFieldDefaults } from '../../shared/dossier/dossier-defaults';
import { withDerivedEdits } from '../../shared/dossier/derived-edits';
import {
  adoptedDossierDoc,
  appendDossierDoc,
  applyEditsToJson,
  changeDossierDoc,
  createDossierDoc,
  dossierViewOf,
  dossierDocHeads,
  dossierHistoryWithValues,
  loadDossierDoc,
  saveDossierDoc,
  type ChangeAuthor,
  type DossierDoc,
  type DetailedHistoryEntry,
  type DossierEdit,
} from '../../shared/sync/dossier-doc';
import { dossierConflicts, type FieldConflict } from '../../shared/sync/merge-dossier';
import type { CtaiDatabase } from './database';
import { dossierRow, dossierTables, putDossier } from './dossier-row';
import type { DossierRow } from './records';
import { toStorageError } from './storage-error';
import { takeDossierNumber } from './dossier-numbering';
// The list's reads live apart (no Automerge, no schemas: the Dossiers screen opens on them).
import { numberingDepartement } from '../../shared/dossier/dossier-number';

export interface RepositoryContext {
  db: CtaiDatabase;
  now: () => Date;
  newId: () => string;
  author: () => ChangeAuthor;
  /** Resolves once Automerge can run (its WebAssembly is loaded lazily in the browser). */
  automergeReady: () => Promise<void>;
}

export type CreateDossierResult = { ok: true; dossier: Dossier } | { ok: false; errors: FieldErrors<NewDossierInput> };

/** `unchanged`: the values, once cleaned as the schema keeps them, were the stored ones: nothing was written. */
export type EditResult =
  { ok: true; dossier: Dossier; unchanged?: true } | { ok: false; problems: ValidationProblem[] };

/** Documents already loaded, with the revision they were loaded at. */
const loadedDocs = new WeakMap<CtaiDatabase, Map<string, { rev: number; doc: DossierDoc }>>();

function docCache(db: CtaiDatabase) {
  let cache = loadedDocs.get(db);
  if (!cache) loadedDocs.set(db, (cache = new Map()));
  return cache;
}

function pathsOf(edits: readonly DossierEdit[]): string[] {
  return edits.map((edit) => edit.path.join('.'));
}

/** Creates a dossier from the form (name and type), or from an entry of the official list. */
export async function createDossier(
  context: RepositoryContext,
  input: unknown,
  official?: ReferentielEntry,
  defaults?: PrefectureDefaults | null,
): Promise<CreateDossierResult> {
  const validation = validateNewDossier(input);
  if (!validation.ok) return validation;
  const fields = official
    ? {
        ...fieldsFromReferentiel(official),
        nom: validation.value.nom,
        type: validation.value.type,
        forme: validation.value.forme,
      }
    : validation.value;
  const now = context.now();
  await context.automergeReady();
  let dossier: Dossier | undefined;
  let doc: DossierDoc | undefined;
  try {
    await context.db.transaction('rw', [...dossierTables(context.db), context.db.settings], async () => {
      const empty = emptyDossier(fields, context.newId(), now);
      const withDefaults = defaults ? applyPrefectureDefaults(empty, defaults) : empty;
      // The number is drawn in the transaction that stores the dossier: never given twice.
      const numero = await takeDossierNumber(context.db, numberingDepartement(withDefaults), now.getFullYear());
      dossier = { ...withDefaults, numero };
      doc = createDossierDoc(dossier, { author: context.author(), summary: 'Création du dossier', paths: [] }, now);
      await context.db.dossiers.add(dossierRow(dossier, 1));
      await context.db.dossierViews.add({ id: dossier.id, view: dossier });
      await context.db.dossierDocs.add({ id: dossier.id, bytes: saveDossierDoc(doc) });
    });
  } catch (error) {
    throw toStorageError(error);
  }
  if (!dossier || !doc) throw new Error('createDossier: transaction ended without a dossier');
  docCache(context.db).set(dossier.id, { rev: 1, doc });
  return { ok: true, dossier };
}

const COMPACT_EVERY = 64;

function currentDoc(context: RepositoryContext, row: DossierRow, view: Dossier, bytes: Uint8Array | null): DossierDoc {
  const cached = docCache(context.db).get(row.id);
  if (cached && cached.rev === row.rev) return cached.doc;
  if (bytes) return loadDossierDoc(bytes);
  // A migrated or demo dossier gets its document at its first edit.
  return adoptedDossierDoc(view, context.author(), context.now());
}

/**
 * Applies edits to a dossier. The result is validated before anything is stored: an invalid
 * value is refused with French messages and the stored dossier is unchanged.
 */
export async function editDossier(
  context: RepositoryContext,
  id: string,
  edits: readonly DossierEdit[],
  summary: string,
): Promise<EditResult> {
  await context.automergeReady();
  const { db } = context;
  const at = context.now();
  const stamp: DossierEdit = { op: 'set', path: ['updatedAt'], value: at.toISOString() };
  try {
    return await db.transaction('rw', dossierTables(db), async (): Promise<EditResult> => {
      const row = await db.dossiers.get(id);
      const stored = await db.dossierViews.get(id);
      const storedDoc = await db.dossierDocs.get(id);
      if (!row || !stored) return { ok: false, problems: [{ path: [], message: 'Ce dossier n’existe plus.' }] };
      const storedBytes = storedDoc?.bytes ?? null;
      const doc = currentDoc(context, row, stored.view, storedBytes);
      const storedHeads = dossierDocHeads(doc);
      // Stored as the schema keeps the values (text cleaned, trimmed): the history holds what the
      // view shows, and values that are the stored ones once cleaned change nothing. Edits the
      // probe cannot apply go on as typed, to be refused below with their reason.
      let batch: readonly DossierEdit[] = edits;
      if (writesText(edits))
        try {
          const probe = validateDossier(applyEditsToJson(stored.view, edits));
          if (probe.ok) batch = keptEdits(edits, stored.view, probe.value);
        } catch {
          batch = edits;
        }
      if (batch.length === 0) return { ok: true, dossier: stored.view, unchanged: true };
      // A renamed collectivité's type de nom is derived again (derived-edits.ts).
      const allEdits: DossierEdit[] = [...withDerivedEdits(stored.view, batch), stamp];
      // A refused change leaves the cached document behind it: it is read again next time.
      docCache(db).delete(id);
      let changed: DossierDoc;
      try {
        changed = changeDossierDoc(doc, allEdits, { author: context.author(), summary, paths: pathsOf(batch) }, at);
      } catch (error) {
        return {
          ok: false,
          problems: [{ path: [], message: `Modification impossible : ${(error as Error).message}` }],
        };
      }
      const validated = dossierViewOf(changed, stored.view);
      if (!validated.ok) return validated;
      const frozen = signedFundingProblems(stored.view, validated.value);
      if (frozen.length) return { ok: false, problems: frozen };
      const broughtIn = problemsBroughtIn(stored.view, validated.value, at.toISOString().slice(0, 10));
      if (broughtIn.length) return { ok: false, problems: broughtIn };
      const rev = row.rev + 1;
      // Only the new change is appended to the stored bytes; every so often the whole document
      // is saved again, compacted, so that loading it stays quick.
      const bytes =
        storedBytes && rev % COMPACT_EVERY !== 0
          ? appendDossierDoc(storedBytes, changed, storedHeads)
          : saveDossierDoc(changed);
      await putDossier(db, validated.value, bytes, rev);
      docCache(db).set(id, { rev, doc: changed });
      return { ok: true, dossier: validated.value };
    });
  } catch (error) {
    docCache(db).delete(id);
    throw toStorageError(error);
  }
}

export async function listDossierViews(db: CtaiDatabase): Promise<Dossier[]> {
  return (await db.dossierViews.toArray()).map((row) => withFieldDefaults(row.view));
}

export async function getDossier(db: CtaiDatabase, id: string): Promise<Dossier | undefined> {
  const view = (await db.dossierViews.get(id))?.view;
  return view && withFieldDefaults(view);
}

/** The history with each field's value before and after every change (for the Historique tab). */
export async function getDetailedHistory(context: RepositoryContext, id: string): Promise<DetailedHistoryEntry[]> {
  await context.automergeReady();
  const stored = await context.db.dossierDocs.get(id);
  return stored?.bytes ? dossierHistoryWithValues(loadDossierDoc(stored.bytes)) : [];
}

/**
 * Stores many dossiers at once (demo data). Their Automerge documents are created at their
 * first edit, as for migrated dossiers: building ten thousand documents up front would take
 * minutes, and these dossiers exist at this site only.
 */
export async function storeDossiers(context: RepositoryContext, dossiers: readonly Dossier[]): Promise<void> {
  try {
    await context.db.transaction('rw', dossierTables(context.db), async () => {
      await context.db.dossiers.bulkPut(dossiers.map((dossier) => dossierRow(dossier, 1)));
      await context.db.dossierViews.bulkPut(dossiers.map((view) => ({ id: view.id, view })));
      await context.db.dossierDocs.bulkPut(dossiers.map((dossier) => ({ id: dossier.id, bytes: null })));
    });
  } catch (error) {
    throw toStorageError(error);
  }
  for (const dossier of dossiers) docCache(context.db).delete(dossier.id);
}

/** Fields two sites changed concurrently, to be resolved by the agent. */
export async function getDossierConflicts(context: RepositoryContext, id: string): Promise<FieldConflict[]> {
  await context.automergeReady();
  const stored = await context.db.dossierDocs.get(id);
  return stored?.bytes ? dossierConflicts(loadDossierDoc(stored.bytes)) : [];
}

/** Items deleted here or elsewhere while another site edited them, to be settled by the agent (see tombstones.ts). */
export async function getDeletionConflicts(context: RepositoryContext, id: string): Promise<DeletionConflict[]> {
  await context.automergeReady();
  const stored = await context.db.dossierDocs.get(id);
  return stored?.bytes ? deletionConflicts(loadDossierDoc(stored.bytes)) : [];
}
