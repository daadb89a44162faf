// Deleting a list item against an edit of it elsewhere. Automerge merges a deletion and a
// concurrent edit of the deleted item by dropping the item, and the edit with it, silently. So
// every deletion of an item that is an object (an action, a budget year, a co-funder, an
// indicator, a COPIL…) leaves a tombstone in the dossier (`suppressions`): the item's and its
// list's Automerge ids, who deleted it, when, and the history's heads just before. A change that
// touches the item and is not among what the deleting site knew (not an ancestor of those heads)
// was made concurrently: the pair is a conflict for the agent, « supprimée par … ; modifiée par … ».
//
// The conflicts are a function of the merged document alone, so every order of receiving the
// same bundles gives the same ones. The agent keeps the deletion or restores the item as edited;
// either way the tombstone is marked resolved, and that choice travels like any edit.
import * as A from '@automerge/automerge/slim';
import type { Suppression } from '../dossier/dossier-schema';
import { itemDescription } from '../dossier/field-values';
import { fromDocValue } from './doc-values';
import { authorLabel, type ChangeAuthor, type DossierDoc, type DossierEdit, type Path } from './dossier-doc';
import { isLinearHistory } from './linear-history';

/** A deletion and the edits another site made meanwhile to the deleted item. */
export interface DeletionConflict {
  /** Index of the tombstone in `suppressions` (to mark it resolved). */
  index: number;
  libelle: string;
  deletedBy: string;
  deletedAt: string;
  editedBy: ChangeAuthor | null;
  editedAt: Date;
  /** The item as the other site left it (plain JSON). */
  edited: unknown;
  /** The JSON path of the item's list today and its length; null when the list itself is gone (the item cannot come back). */
  list: { path: Path; length: number } | null;
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** « Action « Cours de français » », « Année « 2026 » »: the item word of the schema's metadata and the item's name. */
export function deletedItemLabel(listPath: Path, item: Record<string, unknown>): string {
  return itemDescription(listPath, item);
}

/**
 * The tombstone a deletion leaves, computed inside the change from the draft (`list` is the
 * draft's list at `edit.path`); null when the deleted item is not an object (a plain value in a
 * list of values has no edits of its own to lose).
 */
export function tombstoneFor(
  list: unknown[],
  edit: Extract<DossierEdit, { op: 'delete' }>,
  heads: readonly string[],
  by: ChangeAuthor,
  at: Date,
): Suppression | null {
  const item = list[edit.index];
  if (!isObject(item) || Array.isArray(item)) return null;
  const objet = A.getObjectId(item);
  const liste = A.getObjectId(list);
  if (!objet || !liste) return null;
  return {
    objet,
    liste,
    chemin: [...edit.path, edit.index].join('.'),
    libelle: deletedItemLabel(edit.path, fromDocValue(item) as Record<string, unknown>),
    par: authorLabel(by),
    le: at.toISOString(),
    tetes: [...heads],
    resolue: false,
  };
}

/** Every object id held in `node` (itself included). */
function objectIds(node: unknown, into = new Set<string>()): Set<string> {
  if (!isObject(node) || A.isImmutableString(node)) return into;
  const id = A.getObjectId(node);
  if (id) into.add(id);
  for (const inner of Object.values(node)) objectIds(inner, into);
  return into;
}

/** The node with this Automerge id in `root`, and its JSON path; null when the document no longer holds it. */
function findObject(root: unknown, id: string, path: Path = []): { node: unknown; path: Path } | null {
  if (!isObject(root) || A.isImmutableString(root)) return null;
  if (A.getObjectId(root) === id) return { node: root, path };
  for (const [key, inner] of Object.entries(root)) {
    const found = findObject(inner, id, [...path, Array.isArray(root) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

function listAt(doc: DossierDoc, id: string): DeletionConflict['list'] {
  const found = findObject(doc, id);
  return found && Array.isArray(found.node) ? { path: found.path, length: found.node.length } : null;
}

function authorOf(message: string | null): ChangeAuthor | null {
  try {
    const parsed = JSON.parse(message ?? '') as { author?: ChangeAuthor };
    return parsed.author ?? null;
  } catch {
    return null;
  }
}

/** The deletions that lost an edit made concurrently elsewhere, not yet resolved by an agent. */
export function deletionConflicts(doc: DossierDoc): DeletionConflict[] {
  const tombstones = (fromDocValue(doc.suppressions ?? []) as Suppression[]).map((t, index) => ({ t, index }));
  const open = tombstones.filter(({ t }) => !t.resolue);
  // Without concurrent changes, nothing was edited behind a deletion.
  if (open.length === 0 || isLinearHistory(doc)) return [];
  const found: DeletionConflict[] = [];
  for (const { t, index } of open) {
    let before: DossierDoc;
    try {
      before = A.view(doc, t.tetes);
    } catch {
      continue; // Heads this document does not hold: a tombstone written by hand, nothing to compare.
    }
    const item = findObject(before, t.objet);
    if (!item) continue;
    const ids = objectIds(item.node);
    const touching = A.getChangesSince(doc, t.tetes)
      .map((change) => A.decodeChange(change))
      .filter((change) => change.ops.some((op) => ids.has(op.obj)));
    if (touching.length === 0) continue;
    const edited = findObject(
      A.view(
        doc,
        touching.map((change) => change.hash),
      ),
      t.objet,
    );
    if (!edited) continue;
    // The latest edit names the editor; equal times are ordered by hash, so every merge order agrees.
    const last = touching.reduce((a, b) => (b.time > a.time || (b.time === a.time && b.hash > a.hash) ? b : a));
    found.push({
      index,
      libelle: t.libelle,
      deletedBy: t.par,
      deletedAt: t.le,
      editedBy: authorOf(last.message),
      editedAt: new Date(last.time * 1000),
      edited: fromDocValue(edited.node),
      list: listAt(doc, t.liste),
    });
  }
  return found;
}

/** The edits that settle a deletion conflict: keep the deletion, or bring the item back as edited. */
export function resolveDeletion(conflict: DeletionConflict, choice: 'keep-deletion' | 'restore'): DossierEdit[] {
  const resolved: DossierEdit = { op: 'set', path: ['suppressions', conflict.index, 'resolue'], value: true };
  if (choice === 'keep-deletion' || !conflict.list) return [resolved];
  return [{ op: 'insert', path: conflict.list.path, index: conflict.list.length, value: conflict.edited }, resolved];
}
