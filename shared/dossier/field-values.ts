// A stored value as people read it: amounts in euros, dates in words, codes in words, lists by
// what they hold. How each field reads comes from the dossier schema's metadata (field-meta.ts).
import { dateEnLettres } from '../format/dates';
import { formatEuros } from '../format/money';
import { compte } from '../format/plural';
import { parsePath } from './field-path';
import { dossierFieldMeta } from './field-labels';
import type { FieldMeta } from './field-meta';

/** The value of a field whose metadata is `meta`, in words. */
function readable(meta: FieldMeta | undefined, itemMeta: FieldMeta | undefined, value: unknown): string {
  if (value === undefined || value === null) return '(vide)';
  if (typeof value === 'string' && meta?.values && value in meta.values) return meta.values[value] || '(vide)';
  if (value === '') return '(vide)';
  if (typeof value === 'number' && meta?.kind === 'cents') return formatEuros(value);
  if (typeof value === 'number' && meta?.kind === 'year') return String(value);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateEnLettres(value) : value;
  if (typeof value === 'number') return value.toLocaleString('fr-FR');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (Array.isArray(value)) {
    // A list of codes (an action's axes) reads as its codes in words; any other list by its count.
    if (value.length && itemMeta?.values && value.every((item) => typeof item === 'string'))
      return value.map((item) => readable(itemMeta, undefined, item)).join(', ');
    return value.length === 0 ? '(liste vide)' : compte(value.length, meta?.item ?? 'ligne');
  }
  return 'modifié';
}

/**
 * « 10 000,00 € » for an amount, « 2026 » for a year, « 1er mars 2026 » for a date, « Proposée »
 * for the code `proposee`, « 3 actions » for a list; `path` is dotted (« actions.0.statut »).
 */
export function readableValue(path: string, value: unknown): string {
  const parts = parsePath(path);
  return readable(dossierFieldMeta(parts), dossierFieldMeta([...parts, 0]), value);
}
