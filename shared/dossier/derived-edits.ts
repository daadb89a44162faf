// Edits that follow from others: a value recorded for a field's current value (INSEE's type de
// nom of the collectivité's name) is dropped when that field changes, so that it is derived
// again rather than kept for a name it does not belong to.
import type { DossierEdit } from '../sync/dossier-doc';
import type { Dossier } from './dossier-schema';

const samePath = (path: readonly (string | number)[], expected: readonly string[]) =>
  path.length === expected.length && path.every((part, index) => part === expected[index]);

/**
 * `edits` with those that follow from them on `stored`. Renaming the collectivité (a new
 * `collectivite.nom`, compared trimmed as the schema stores it) sets `collectivite.typeLiaison`
 * to null: the type de nom kept from the official list belongs to the official name only, and a
 * renamed or typed collectivité's is derived from its name's own article (territory-names.ts).
 * An edit that sets the type itself is kept as given.
 */
export function withDerivedEdits(stored: Dossier, edits: readonly DossierEdit[]): DossierEdit[] {
  const rename = edits.findLast((edit) => edit.op === 'set' && samePath(edit.path, ['collectivite', 'nom']));
  const renamed =
    rename?.op === 'set' &&
    typeof rename.value === 'string' &&
    rename.value.trim() !== stored.collectivite.nom.trim() &&
    typeof stored.collectivite.typeLiaison === 'number';
  const setsType = edits.some((edit) => samePath(edit.path, ['collectivite', 'typeLiaison']));
  return renamed && !setsType
    ? [...edits, { op: 'set', path: ['collectivite', 'typeLiaison'], value: null }]
    : [...edits];
}
