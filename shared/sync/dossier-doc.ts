// A dossier as an Automerge document: every edit is a change with its author and time, and
// concurrent edits from two sites merge field by field. Strings are stored as ImmutableString
// so that two edits of the same field make a conflict to resolve, not a spliced text.
// Automerge's WebAssembly must be initialised by the caller (see renderer/db/automerge-loader.ts).
import * as A from '@automerge/automerge/slim';
import type { Dossier } from '../dossier/dossier-schema';
import { withKeyOrderOf } from '../dossier/format-upgrades/unknown-fields';
import { validateDossier, type Validated } from '../dossier/validation';
import { fieldLabel } from '../dossier/field-labels';
import { parsePath, valueAt } from '../dossier/field-path';
import { itemNamer } from '../dossier/field-values';
import { fromDocValue, toDocValue } from './doc-values';
import { tombstoneFor } from './tombstones';

export { fromDocValue, toDocValue };

export type DossierDoc = A.Doc<Record<string, unknown>>;
export type Path = (string | number)[];

export type DossierEdit =
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'insert'; path: Path; index: number; value: unknown }
  | { op: 'delete'; path: Path; index: number };

export interface ChangeAuthor {
  nom: string;
  service: string;
  site: string;
}

/** « Claire Martin (Préfecture de l’Isère) »: who made a change, as the screens and tombstones say it. */
export function authorLabel(author: ChangeAuthor | null): string {
  return author ? `${author.nom || 'agent sans nom'} (${author.site || 'site inconnu'})` : 'un auteur inconnu';
}

export interface ChangeMessage {
  author: ChangeAuthor;
  summary: string;
  paths: string[];
}

export function docToJson(doc: DossierDoc): unknown {
  return fromDocValue(doc);
}

/**
 * The dossier a document gives, validated (validateDossier: upgraded, unknown fields kept), its
 * keys laid out as in `layout` (the view it replaces, or the JSON received): the history keeps no
 * key order, and the fields this version does not know must leave as they came, byte for byte.
 */
export function dossierViewOf(doc: DossierDoc, layout: unknown): Validated<Dossier> {
  const validated = validateDossier(docToJson(doc));
  return validated.ok ? { ok: true, value: withKeyOrderOf(validated.value, layout) } : validated;
}

function changeOptions(message: ChangeMessage, at: Date): A.ChangeOptions<Record<string, unknown>> {
  return { message: JSON.stringify(message), time: Math.floor(at.getTime() / 1000) };
}

export function createDossierDoc(dossier: Dossier, message: ChangeMessage, at: Date, actor?: string): DossierDoc {
  const empty = A.init<Record<string, unknown>>(actor ? { actor } : undefined);
  return A.change(empty, changeOptions(message, at), (doc) => {
    for (const [key, value] of Object.entries(dossier)) doc[key] = toDocValue(value);
  });
}

/**
 * The node at `path`. A map or list missing on the way is created when `create` says which the
 * last one is: a dossier of an older format (or from an older site) may lack a field its restored
 * view shows with a default, and the first edit of that field creates it in the document.
 */
function nodeAt(root: Record<string, unknown>, path: Path, create?: 'map' | 'list'): unknown {
  let node: unknown = root;
  path.forEach((key, index) => {
    if (node === null || typeof node !== 'object') throw new Error(`Chemin introuvable : ${path.join('.')}`);
    const container = node as Record<string | number, unknown>;
    if (container[key] === undefined && create && !Array.isArray(container)) {
      container[key] = index === path.length - 1 && create === 'list' ? [] : {};
    }
    node = container[key];
  });
  return node;
}

function applyEdit(root: Record<string, unknown>, edit: DossierEdit, convert: (value: unknown) => unknown): void {
  if (edit.op === 'set') {
    const parent = nodeAt(root, edit.path.slice(0, -1), 'map');
    const key = edit.path[edit.path.length - 1];
    if (key === undefined || parent === null || typeof parent !== 'object') {
      throw new Error(`Chemin introuvable : ${edit.path.join('.')}`);
    }
    if (Array.isArray(parent) && (typeof key !== 'number' || key < 0 || key >= parent.length)) {
      throw new Error(`Élément introuvable : ${edit.path.join('.')}`);
    }
    (parent as Record<string | number, unknown>)[key] = convert(edit.value);
    return;
  }
  const list = nodeAt(root, edit.path, edit.op === 'insert' ? 'list' : undefined);
  if (!Array.isArray(list)) throw new Error(`Liste introuvable : ${edit.path.join('.')}`);
  if (edit.op === 'insert') {
    if (edit.index < 0 || edit.index > list.length) throw new Error(`Position invalide : ${edit.index}`);
    list.splice(edit.index, 0, convert(edit.value));
  } else {
    if (edit.index < 0 || edit.index >= list.length) throw new Error(`Élément introuvable : ${edit.index}`);
    list.splice(edit.index, 1);
  }
}

/** The same edits on plain JSON: how the JSON view must move when the document moves. */
export function applyEditsToJson<T>(json: T, edits: readonly DossierEdit[]): T {
  const clone = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  const copy = clone(json) as Record<string, unknown>;
  for (const edit of edits) applyEdit(copy, edit, clone);
  return copy as T;
}

export function changeDossierDoc(
  doc: DossierDoc,
  edits: readonly DossierEdit[],
  message: ChangeMessage,
  at: Date,
): DossierDoc {
  const heads = A.getHeads(doc);
  return A.change(doc, changeOptions(message, at), (draft) => {
    for (const edit of edits) {
      if (edit.op === 'delete') recordDeletion(draft, edit, heads, message.author, at);
      applyEdit(draft, edit, toDocValue);
    }
  });
}

/** Leaves the tombstone of an item deleted from a list (see tombstones.ts); tombstones themselves are never deleted. */
function recordDeletion(
  draft: Record<string, unknown>,
  edit: Extract<DossierEdit, { op: 'delete' }>,
  heads: readonly string[],
  author: ChangeAuthor,
  at: Date,
): void {
  if (edit.path[0] === 'suppressions') return;
  const list = nodeAt(draft, edit.path);
  if (!Array.isArray(list)) return; // applyEdit says the list is missing.
  const tombstone = tombstoneFor(list, edit, heads, author, at);
  if (tombstone) (nodeAt(draft, ['suppressions'], 'list') as unknown[]).push(toDocValue(tombstone));
}

/** The document a dossier stored without one (migrated, demo) gets at its first edit or export. */
export function adoptedDossierDoc(view: Dossier, author: ChangeAuthor, at: Date): DossierDoc {
  return createDossierDoc(view, { author, summary: 'Reprise du dossier', paths: [] }, at);
}

export function saveDossierDoc(doc: DossierDoc): Uint8Array {
  return A.save(doc);
}

/** The document's heads: what its saved bytes hold, so that later changes can be appended. */
export function dossierDocHeads(doc: DossierDoc): string[] {
  return A.getHeads(doc);
}

/** Saved bytes with the changes made since `heads` appended (Automerge loads the two as one). */
export function appendDossierDoc(saved: Uint8Array, doc: DossierDoc, heads: readonly string[]): Uint8Array {
  const changes = A.saveSince(doc, [...heads]);
  const out = new Uint8Array(saved.length + changes.length);
  out.set(saved);
  out.set(changes, saved.length);
  return out;
}

export function loadDossierDoc(bytes: Uint8Array): DossierDoc {
  return A.load<Record<string, unknown>>(bytes);
}

export function mergeDossierDocs(local: DossierDoc, remote: DossierDoc): DossierDoc {
  return A.merge(A.clone(local), remote);
}

export interface HistoryEntry {
  hash: string;
  time: Date;
  author: ChangeAuthor | null;
  summary: string;
  paths: string[];
}

function parseMessage(message: string | null): ChangeMessage | null {
  if (!message) return null;
  try {
    const parsed = JSON.parse(message) as Partial<ChangeMessage>;
    if (!parsed.author || typeof parsed.summary !== 'string') return null;
    return { author: parsed.author, summary: parsed.summary, paths: Array.isArray(parsed.paths) ? parsed.paths : [] };
  } catch {
    return null;
  }
}

/**
 * Who wrote an operation (an Automerge op id, `counter@actor`) and when: the change of that
 * actor whose operations span the counter. Null for an op id this document does not hold.
 */
export function opWriters(doc: DossierDoc): (opId: string) => { author: ChangeAuthor | null; time: Date } | null {
  const byActor = new Map<string, A.ChangeMetadata[]>();
  for (const meta of A.getChangesMetaSince(doc, [])) {
    const changes = byActor.get(meta.actor);
    if (changes) changes.push(meta);
    else byActor.set(meta.actor, [meta]);
  }
  return (opId) => {
    const at = opId.indexOf('@');
    const counter = Number(opId.slice(0, at));
    const meta = byActor.get(opId.slice(at + 1))?.find((m) => m.startOp <= counter && counter <= m.maxOp);
    return meta ? { author: parseMessage(meta.message)?.author ?? null, time: new Date(meta.time * 1000) } : null;
  };
}

/** Every change, oldest first, with who made it and when. */
export function dossierHistory(doc: DossierDoc): HistoryEntry[] {
  return A.getChangesMetaSince(doc, []).map((meta) => {
    const message = parseMessage(meta.message);
    return {
      hash: meta.hash,
      time: new Date(meta.time * 1000),
      author: message?.author ?? null,
      summary: message?.summary ?? meta.message ?? '',
      paths: message?.paths ?? [],
    };
  });
}

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
  /**
   * The field's label with the list items on its way named as they were at that change
   * (« Coût total (action « Cours de français », année « 2026 ») »), not as they are now: an item
   * removed or moved since would lend its name to another.
   */
  label?: string;
}

export interface DetailedHistoryEntry extends HistoryEntry {
  changes: FieldChange[];
}

/** Every change with, for each field it touched, the value before and after it. */
export function dossierHistoryWithValues(doc: DossierDoc): DetailedHistoryEntry[] {
  const entries = dossierHistory(doc);
  return A.getChangesMetaSince(doc, []).map((meta, index) => {
    const entry = entries[index]!;
    const before = meta.deps.length ? A.view(doc, meta.deps) : {};
    const after = A.view(doc, [meta.hash]);
    const changes = (entry?.paths ?? []).map((path) => ({
      path,
      before: fromDocValue(valueAt(before, parsePath(path))),
      after: fromDocValue(valueAt(after, parsePath(path))),
      label: fieldLabel(
        parsePath(path),
        itemNamer((at) => fromDocValue(valueAt(after, at) ?? valueAt(before, at))),
      ),
    }));
    return { ...entry, changes };
  });
}
