// Merges a dossier's document received from another site into the local one: edits of
// different fields both stay; two edits of the same field are kept as a conflict to resolve.
import * as A from '@automerge/automerge/slim';
import { isLinearHistory } from './linear-history';
import {
  fromDocValue,
  loadDossierDoc,
  mergeDossierDocs,
  opWriters,
  type ChangeAuthor,
  type DossierDoc,
} from './dossier-doc';

/** One of the values two sites gave a field, with who gave it and when (null if unknown). */
export interface ConflictChoice {
  value: unknown;
  author: ChangeAuthor | null;
  time: Date | null;
}

export interface FieldConflict {
  path: string;
  choices: ConflictChoice[];
}

export function mergeReceived(local: DossierDoc | null, received: Uint8Array): DossierDoc {
  const remote = loadDossierDoc(received);
  return local ? mergeDossierDocs(local, remote) : remote;
}

/**
 * Every field that two sites changed concurrently, with both values and their authors. The
 * modification time, which every change sets, is not a conflict for anyone to arbitrate; nor
 * are two sites that gave a field the same value.
 */
export function dossierConflicts(doc: DossierDoc): FieldConflict[] {
  const found: FieldConflict[] = [];
  // Conflicts come only from concurrent changes: a history where each change follows the one
  // before has none, and is told apart from its changes' metadata alone (no value decoded), far
  // quicker than asking every field (a bundle of new dossiers is mostly such histories).
  if (isLinearHistory(doc)) return found;
  // Tracing who wrote a value reads the whole history: only once a conflict is found.
  let writer: ReturnType<typeof opWriters> | null = null;
  const walk = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== 'object' || A.isImmutableString(node)) return;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      if (path.length === 0 && key === 'updatedAt') continue;
      const conflicts = A.getConflicts(node as A.Doc<Record<string, unknown>>, key as never);
      const values =
        conflicts && Object.keys(conflicts).length > 1
          ? Object.entries(conflicts).map(([opId, value]) => ({ opId, value: fromDocValue(value) }))
          : [];
      if (new Set(values.map(({ value }) => JSON.stringify(value))).size > 1) {
        writer ??= opWriters(doc);
        const writtenBy = writer;
        found.push({
          path: [...path, String(key)].join('.'),
          choices: values.map(({ opId, value }) => ({ value, author: null, time: null, ...writtenBy(opId) })),
        });
      }
      walk((node as Record<string | number, unknown>)[key], [...path, String(key)]);
    }
  };
  walk(doc, []);
  return found;
}
