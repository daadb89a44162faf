// A stored value as people read it: amounts in euros, dates in words, codes in words, lists by
// what they hold. How each field reads comes from the dossier schema's metadata (field-meta.ts).
import { shorten } from '../format/shorten';
import { dateEnLettres } from '../format/dates';
import { formatEuros } from '../format/money';
import { compte } from '../format/plural';
import { parsePath } from './field-path';
import { dossierFieldMeta, type ItemNamer } from './field-labels';
import type { FieldMeta } from './field-meta';

/** The value of a field whose metadata is `meta`, in words. */
function readable(meta: FieldMeta | undefined, itemMeta: FieldMeta | undefined, value: unknown): string {
  if (value === undefined || value === null) return meta?.empty ?? '(vide)';
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

/** Fields that name an item of a list, in the order they are tried (an action by its title…). */
const NAMING_FIELDS = ['intitule', 'nom', 'libelle', 'objet', 'texte', 'type', 'annee', 'date'];

/**
 * Names the list items on a field's path as `itemAt` gives them (the dossier as it was after a
 * change, or before it for an item the change removed), for fieldLabel. An item with nothing that
 * names it is said by its position.
 */
export function itemNamer(itemAt: (path: readonly (string | number)[]) => unknown): ItemNamer {
  return (listPath, index) => {
    const item = itemAt([...listPath, index]);
    if (item === undefined) return undefined;
    // Inside a label's parentheses, a position reads as one: « Nom (signataire 1) ».
    const names = itemNames(listPath, item);
    const word = itemWord(listPath);
    return names.length ? `${word} « ${names.join(', ')} »` : `${word} ${index + 1}`;
  };
}

/**
 * One item of the list at `listPath`, in words: « Action « Cours de français » », « Année « 2026 » »,
 * « Événement « Étape atteinte, 3 mars 2026 » », or « Cofinanceur n° 2 (sans nom) » when nothing
 * names it yet (`index` is its position; « Cofinanceur sans nom » without it). Codes and dates are said as the schema's metadata reads them.
 */
export function itemDescription(listPath: readonly (string | number)[], item: unknown, index?: number): string {
  const names = itemNames(listPath, item);
  const word = itemWord(listPath);
  const capitalisedWord = word.charAt(0).toUpperCase() + word.slice(1);
  if (names.length) return `${capitalisedWord} « ${names.join(', ')} »`;
  // Alone, « Cofinanceur 2 » reads as a name (a tester took it for one): say it has none.
  return index === undefined ? `${capitalisedWord} sans nom` : `${capitalisedWord} n° ${index + 1} (sans nom)`;
}

/** The list's word for one item, as the schema's metadata gives it (« action », « cofinanceur »). */
function itemWord(listPath: readonly (string | number)[]): string {
  return dossierFieldMeta(listPath)?.item ?? 'ligne';
}

/** The most characters of an item's name quoted where it is named. */
const NAME_MAX = 60;

/** Up to two values that name an item (its NAMING_FIELDS, or the item itself when it is a value). */
function itemNames(listPath: readonly (string | number)[], item: unknown): string[] {
  const itemPath = [...listPath, 0];
  const names: string[] = [];
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    for (const key of NAMING_FIELDS) {
      const value = (item as Record<string, unknown>)[key];
      if (names.length < 2 && ((typeof value === 'string' && value.trim()) || typeof value === 'number'))
        names.push(readable(dossierFieldMeta([...itemPath, key]), undefined, value));
    }
  } else if (typeof item === 'string' || typeof item === 'number') {
    names.push(readable(dossierFieldMeta(itemPath), undefined, item));
  }
  // A name is a landmark, not the value: a 400-character title would fill a label or a status line.
  return names.map((name) => shorten(name, NAME_MAX));
}
