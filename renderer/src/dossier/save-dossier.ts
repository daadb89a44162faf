// Saves edits of the open dossier: shows the saving state, keeps what can be undone, and
// turns refusals into messages beside the fields.
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { valueAt } from '../../../shared/dossier/field-path';
import type { DossierEdit } from '../../../shared/sync/dossier-doc';
import { diffToEdits } from '../../../shared/sync/diff-edits';
import { SIGNED_CONTRACT_FROZEN } from '../../../shared/dossier/signed-contract';
import { editDossier } from '../../db/dossiers-repository';
import { toStorageError } from '../../db/storage-error';
import { repositoryContext } from '../state/repository-context';
import type { DossierTab } from '../state/route-store';
import { draftKey, useEditStore, type UndoEntry } from './edit-store';

/**
 * The edits that undo `edits` on `before`: each edited field set back to its old value (for an
 * insertion or deletion, whose path is the list's, the whole list put back).
 */
function inverseOf(before: Dossier, edits: readonly DossierEdit[]): DossierEdit[] {
  return [...edits].reverse().map((edit) => ({ op: 'set', path: edit.path, value: valueAt(before, edit.path) }));
}

/**
 * A save's result. On refusal, `messages` holds the reason beside each refused field (by draft
 * key), and `failure` the sentence the banner shows: a field with no reason of its own shows
 * that one, so the field and the banner never say different things (a full disk is not « Valeur
 * refusée »).
 */
export type SaveOutcome = { ok: true } | { ok: false; messages: Record<string, string>; failure: string };

/** What a field shows after a refused save: its own reason, else the banner's sentence. */
export function fieldMessage(outcome: Extract<SaveOutcome, { ok: false }>, key: string): string {
  return outcome.messages[key] ?? outcome.failure;
}

export async function saveEdits(
  before: Dossier,
  edits: DossierEdit[],
  summary: string,
  options: {
    undoable?: boolean;
    /** What the undo button will name (« Population 6 400 → 6 391 »); the summary when not given. */
    undoLabel?: string;
    /** Made by a field, which shows a refusal itself (the save bar then follows the fields). */
    fromField?: boolean;
  } = {},
): Promise<SaveOutcome> {
  const store = useEditStore.getState();
  // Where the change is made: the tab on screen now (the agent may move on while it is stored).
  const tab = currentTab(before.id);
  store.setSaveState('saving');
  try {
    const result = await editDossier(repositoryContext(), before.id, edits, summary);
    if (!result.ok) {
      const frozen = result.problems.find((problem) => problem.code === SIGNED_CONTRACT_FROZEN);
      // The reason itself, not « corrigez la valeur signalée »: a field whose change is refused
      // for another one (a year that another budget of the action has) shows it too.
      const failure = frozen
        ? `Modification refusée. ${frozen.message}`
        : `Modification refusée : ${result.problems[0]?.message ?? 'corrigez la valeur signalée.'}`;
      store.setSaveState('error', failure, frozen ? before.id : null, options.fromField ?? false);
      return {
        ok: false,
        failure,
        messages: Object.fromEntries(
          result.problems.map((problem) => [draftKey(before.id, problem.path), problem.message]),
        ),
      };
    }
    if (options.undoable !== false && !result.unchanged)
      store.pushUndo({
        dossierId: before.id,
        summary,
        label: options.undoLabel ?? summary,
        tab,
        inverse: inverseOf(before, edits),
      });
    store.setSaveState('saved');
    return { ok: true };
  } catch (error) {
    const failure = toStorageError(error).message;
    store.setSaveState('error', failure, null, options.fromField ?? false);
    return { ok: false, messages: {}, failure };
  }
}

/** Stores a new version computed from the dossier (a workflow step, a new action…). */
export function saveVersion(before: Dossier, after: Dossier, summary: string): Promise<SaveOutcome> {
  const edits = diffToEdits(before, after).filter((edit) => edit.path[0] !== 'updatedAt');
  if (edits.length === 0) return Promise.resolve({ ok: true });
  return saveEdits(before, edits, summary);
}

/** The tab of `dossierId` on screen, if it is. */
function currentTab(dossierId: string): DossierTab | null {
  const { viewing } = useEditStore.getState();
  return viewing?.dossierId === dossierId ? viewing.tab : null;
}

/** The change the undo button would undo now: the dossier's last one. */
export function lastUndoable(entries: readonly UndoEntry[], dossierId: string): UndoEntry | undefined {
  return entries.findLast((entry) => entry.dossierId === dossierId);
}

/** Undoes the dossier's last change; a refused undo (signed contract…) says why in the save bar. */
export async function undoLast(dossier: Dossier): Promise<SaveOutcome | null> {
  const entry = useEditStore.getState().popUndo(dossier.id);
  if (!entry || entry.inverse.length === 0) return null;
  return saveEdits(dossier, entry.inverse, `Annulation : ${entry.summary}`, { undoable: false });
}
