// The same dossier received from several sites (a contract followed by a préfecture and a
// sous-préfecture, sent by both) counts once: its copies are merged as an import merges them
// (Automerge, merge-dossier.ts), so that the figures read what both sites wrote.
import type { Dossier } from '../dossier/dossier-schema';
import { validateDossier } from '../dossier/validation';
import { docToJson } from '../sync/dossier-doc';
import { mergeReceived } from '../sync/merge-dossier';

export interface DossierCopy {
  dossier: Dossier;
  /** Its Automerge history, as the bundle carries it. */
  doc: Uint8Array;
}

/** Same bytes: nothing to merge (the same bundle, or the same state, sent twice). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * One dossier from its copies: the copy itself when alone or all alike; else the merge of their
 * histories, read back through the dossier schema. When the merged view is not a valid dossier
 * (two sites made it inconsistent), the copy modified last stands for it: the figures never
 * count a dossier twice, nor drop it.
 */
export function mergeCopies(copies: readonly DossierCopy[]): Dossier {
  const [first, ...others] = copies;
  if (!first) throw new Error('mergeCopies: aucune copie');
  const distinct = others.filter((copy) => !sameBytes(copy.doc, first.doc));
  if (distinct.length === 0) return first.dossier;
  try {
    let doc = mergeReceived(null, first.doc);
    for (const copy of distinct) doc = mergeReceived(doc, copy.doc);
    const merged = validateDossier(docToJson(doc));
    if (merged.ok) return merged.value;
  } catch {
    // An unreadable history: the latest copy below.
  }
  return copies.reduce((latest, copy) => (copy.dossier.updatedAt > latest.dossier.updatedAt ? copy : latest)).dossier;
}
