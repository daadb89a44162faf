// Paths to a field of a dossier: as a list (["actions", 0, "intitule"]) for edits, as dotted
// text ("actions.0.intitule") in change messages and conflicts.
import { fieldLabel } from './field-labels';

export type FieldPathParts = (string | number)[];

export function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | null | undefined)?.[key],
    root,
  );
}

export function parsePath(dotted: string): FieldPathParts {
  return dotted ? dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
}

/** "Coût total (action 1, année 1)" for "actions.0.budgets.0.coutTotal". */
export function dottedFieldLabel(dotted: string): string {
  return fieldLabel(parsePath(dotted));
}
