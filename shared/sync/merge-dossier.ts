// Merges a dossier's document received from another site into the local one: edits of
// different fields both stay; two edits of the same field are kept as a conflict to resolve.
import * as A from '@automerge/automerge/slim';
import { fromDocValue, loadDossierDoc, mergeDossierDocs, type DossierDoc } from './dossier-doc';

export interface FieldConflict {
  path: string;
  values: unknown[];
}

export function mergeReceived(local: DossierDoc | null, received: Uint8Array): DossierDoc {
  const remote = loadDossierDoc(received);
  return local ? mergeDossierDocs(local, remote) : remote;
}

/**
 * Every field that two sites changed concurrently, with both values. The modification time,
 * which every change sets, is not a conflict for anyone to arbitrate.
 */
export function dossierConflicts(doc: DossierDoc): FieldConflict[] {
  const found: FieldConflict[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== 'object' || A.isImmutableString(node)) return;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      const conflicts = A.getConflicts(node as A.Doc<Record<string, unknown>>, key as never);
      if (path.length === 0 && key === 'updatedAt') continue;
      if (conflicts && Object.keys(conflicts).length > 1) {
        found.push({ path: [...path, String(key)].join('.'), values: Object.values(conflicts).map(fromDocValue) });
      }
      walk((node as Record<string | number, unknown>)[key], [...path, String(key)]);
    }
  };
  walk(doc, []);
  return found;
}
