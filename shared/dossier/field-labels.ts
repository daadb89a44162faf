// The French name of every field of a dossier, read from the dossier schema's metadata
// (field-meta.ts): used in history lines, conflicts, refusals, the import preview and the CSV.
import type { z } from 'zod';
import { dossierSchema } from './dossier-schema';
import { fieldSteps, type FieldMeta, type FieldStep } from './field-meta';

export type FieldPath = readonly (string | number)[];

/** The fields along a dossier path (shorter than the path when it leaves the schema). */
export function dossierFieldSteps(path: FieldPath): FieldStep[] {
  return fieldSteps(dossierSchema, path);
}

/** The metadata of the field at `path`, or undefined for a path the schema does not hold. */
export function dossierFieldMeta(path: FieldPath): FieldMeta | undefined {
  return metaIn(dossierSchema, path);
}

/** The metadata of the field at `path` of `root`, or undefined for a path it does not hold. */
export function metaIn(root: z.core.$ZodType, path: FieldPath): FieldMeta | undefined {
  const steps = fieldSteps(root, path);
  return steps.length === path.length ? steps.at(-1)?.meta : undefined;
}

/**
 * The longest text the schema accepts at `path` (150 for a service's name, 20 000 for a long
 * text), or null for a field that is not a text with a maximum (a code, an amount, a date): the
 * screens size a field to what it may hold.
 */
export function fieldMaxLength(path: FieldPath): number | null {
  const core = dossierFieldSteps(path).at(-1)?.core as { maxLength?: number | null } | undefined;
  return typeof core?.maxLength === 'number' ? core.maxLength : null;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The word for one item of the list at `listPath` (« action », « cofinanceur »), or undefined
 * for a path that is not a list of the schema.
 */
export function collectionItemWord(listPath: FieldPath): string | undefined {
  return dossierFieldMeta(listPath)?.item;
}

/**
 * « Coût total (action 2, année 1) » for ['actions', 1, 'budgets', 0, 'coutTotal'];
 * « Nom du représentant de la collectivité » for ['collectivite', 'representant', 'nom'];
 * « Action 3 » for ['actions', 2]. A part the schema does not hold (an unknown field kept from a
 * newer format) is said as « champ « clé » ».
 */
export function fieldLabel(path: FieldPath, itemName?: ItemNamer): string {
  return path.length === 0 ? 'Dossier' : labelIn(dossierSchema, path, itemName);
}

/**
 * How a list item on a field's path is named where the data is known (« action « Cours de
 * français » », « année « 2026 » »), or undefined to say it by its position (« action 2 »).
 */
export type ItemNamer = (listPath: FieldPath, index: number) => string | undefined;

/** The label of the field at `path` of any schema named with field-meta.ts (Paramètres, identity…). */
export function labelIn(root: z.core.$ZodType, path: FieldPath, itemName?: ItemNamer): string {
  if (path.length === 0) return 'Fiche';
  const steps = fieldSteps(root, path);
  const positions: string[] = [];
  steps.forEach((step, index) => {
    if (typeof step.key === 'number' && index < path.length - 1)
      positions.push(
        itemName?.(path.slice(0, index), step.key) ?? `${steps[index - 1]?.meta.item ?? 'ligne'} ${step.key + 1}`,
      );
  });
  const last = steps.at(-1);
  const named =
    steps.length === path.length && typeof last?.key === 'number' ? itemName?.(path.slice(0, -1), last.key) : undefined;
  const base =
    steps.length < path.length
      ? `Champ « ${String(path[steps.length])} »`
      : named
        ? capitalised(named)
        : ownLabel(steps);
  return positions.length ? `${base} (${positions.join(', ')})` : base;
}

/**
 * The label of a field without the positions of the lists on its way, for a column that holds it
 * for every item (« Coût total » for ['actions', 0, 'budgets', 0, 'coutTotal']).
 */
export function fieldName(path: FieldPath): string {
  const steps = dossierFieldSteps(path);
  return steps.length === path.length && steps.length > 0 ? ownLabel(steps) : fieldLabel(path);
}

/** The last step's own label: with its owner when too general, « Action 3 » for a list item. */
function ownLabel(steps: readonly FieldStep[]): string {
  const last = steps.at(-1)!;
  const holder = steps.at(-2);
  if (typeof last.key === 'number') return `${capitalised(holder?.meta.item ?? 'ligne')} ${last.key + 1}`;
  const label = last.meta.label ?? `Champ « ${last.key} »`;
  const owner = holder && typeof holder.key === 'string' ? holder.meta.owner : undefined;
  return last.meta.general && owner ? `${label} ${owner}` : label;
}
