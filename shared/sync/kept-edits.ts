// Edits as the dossier keeps them: a value typed is validated, and the schema keeps it cleaned
// (text rid of what XML forbids, trimmed). The history must hold the value the view shows, not the
// one typed, and a value that is the stored one once cleaned is no change at all.
import { valueAt } from '../dossier/field-path';
import type { DossierEdit } from './dossier-doc';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `edits` (applied to `before`, they gave `validated` once validated) with each value as
 * `validated` holds it, less the set edits whose value, once cleaned, is the one `before` holds.
 * A value written as it already is stays: writing it is meant (choosing it in a conflict settles
 * the conflict). Where the batch also inserts or deletes list items, positions move between
 * edits: no edit is then dropped.
 */
export function keptEdits(edits: readonly DossierEdit[], before: unknown, validated: unknown): DossierEdit[] {
  const moves = edits.some((edit) => edit.op !== 'set');
  return edits.flatMap((edit): DossierEdit[] => {
    if (edit.op === 'delete') return [edit];
    const kept = valueAt(validated, edit.op === 'set' ? edit.path : [...edit.path, edit.index]);
    if (kept === undefined) return [edit];
    const cleaned = !same(kept, edit.value);
    if (edit.op === 'set' && !moves && cleaned && same(kept, valueAt(before, edit.path))) return [];
    return [{ ...edit, value: kept }];
  });
}

/** Whether a value holds text, at any depth: the only values the schema cleans (keptEdits). */
function holdsText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(holdsText);
}

/**
 * Whether any of `edits` writes text: otherwise keptEdits would give them back as they are, and
 * the validation it needs (one more per save, each time a field is left) is not worth making.
 */
export function writesText(edits: readonly DossierEdit[]): boolean {
  return edits.some((edit) => edit.op !== 'delete' && holdsText(edit.value));
}
