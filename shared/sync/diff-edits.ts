// The edits that turn one JSON value into another: one `set` per changed leaf, so that a
// change touches only the fields that really changed (and merges field by field).
import type { DossierEdit, Path } from './dossier-doc';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function diffToEdits(before: unknown, after: unknown, path: Path = []): DossierEdit[] {
  if (Object.is(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    const edits: DossierEdit[] = [];
    for (const key of keys) {
      if (!(key in after)) continue; // Fields are never removed from a dossier.
      edits.push(...diffToEdits(before[key], after[key], [...path, key]));
    }
    return edits;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length === after.length)
      return before.flatMap((item, index) => diffToEdits(item, after[index], [...path, index]));
    // An element added or removed at the end is one insert or delete; anything else replaces the list.
    const common = Math.min(before.length, after.length);
    const prefixSame = before
      .slice(0, common)
      .every((item, index) => JSON.stringify(item) === JSON.stringify(after[index]));
    if (prefixSame && after.length === before.length + 1)
      return [{ op: 'insert', path, index: before.length, value: after[before.length] }];
    if (prefixSame && before.length === after.length + 1) return [{ op: 'delete', path, index: after.length }];
    const removedAt = before.findIndex((item, index) => JSON.stringify(item) !== JSON.stringify(after[index]));
    if (
      before.length === after.length + 1 &&
      removedAt >= 0 &&
      JSON.stringify(before.slice(removedAt + 1)) === JSON.stringify(after.slice(removedAt))
    ) {
      return [{ op: 'delete', path, index: removedAt }];
    }
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ op: 'set', path, value: after }];
}
