// What the documents cannot print, found before anything is generated: a character that none
// of the shipped fonts has (a Chinese name, an emoji) would be drawn as an empty box, so the
// field holding it is named and the document refused until it is corrected.
import type { Dossier } from '../dossier/dossier-schema';
import { fieldLabel } from '../dossier/field-labels';
import { PRINTABLE_RANGES } from './font-coverage';
import type { MissingField } from './missing-data';
import { normalizeText } from './text-normalization';

/** Whether the shipped fonts print the character in every style (font-coverage.ts). */
export function isPrintable(codePoint: number): boolean {
  let low = 0;
  let high = PRINTABLE_RANGES.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = PRINTABLE_RANGES[middle]!;
    if (codePoint < from) high = middle - 1;
    else if (codePoint > to) low = middle + 1;
    else return true;
  }
  return false;
}

/** The characters of a text, once normalised as the renderers will, that no font prints (each once). */
export function unprintableCharacters(value: string): string[] {
  const found = new Set<string>();
  for (const char of normalizeText(value)) if (char !== '\n' && !isPrintable(char.codePointAt(0)!)) found.add(char);
  return [...found];
}

const codePointName = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Parts of the dossier no document prints: their text is not checked. */
const NOT_PRINTED = new Set(['id', 'actionId', 'copil', 'bilans', 'versements', 'avenants', 'email', 'telephone']);
const TABS: Record<string, MissingField['tab']> = {
  collectivite: 'collectivite',
  etat: 'etat',
  diagnostic: 'diagnostic',
  actions: 'actions',
  contrat: 'contrat',
};
/** Field names too general to be understood alone ("Nom"): the label says whose field it is. */
const GENERAL = new Set(['nom', 'prenom', 'civilite', 'titre', 'fonction', 'qualite', 'adresse', 'numero', 'date']);

function label(path: (string | number)[]): string {
  const last = path[path.length - 1];
  // The object holding the field, when it is a named one ("porteur"), not an item of a list.
  const owner = path[path.length - 2];
  const own = fieldLabel(path);
  // A label that already says whose field it is (« Nom du porteur ») is kept as it is.
  return typeof last === 'string' && GENERAL.has(last) && typeof owner === 'string' && own === fieldLabel([last])
    ? `${fieldLabel([owner])} : ${own.charAt(0).toLowerCase()}${own.slice(1)}`
    : own;
}

/**
 * Each printed text field of the dossier holding a character no shipped font prints, with a
 * French sentence naming the field and the characters, and the tab where it is corrected.
 */
export function unprintableFields(dossier: Dossier): MissingField[] {
  const found: MissingField[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const characters = unprintableCharacters(value);
      if (!characters.length) return;
      const list = characters.map((char) => `« ${char} » (${codePointName(char)})`).join(', ');
      found.push({
        path: path.join('.'),
        tab: TABS[path[0] as string]!,
        message: `« ${label(path)} » contient ${characters.length > 1 ? 'des caractères' : 'un caractère'} que les documents ne savent pas imprimer : ${list}. Remplacez-${characters.length > 1 ? 'les' : 'le'} ou retirez-${characters.length > 1 ? 'les' : 'le'}, puis générez le document.`,
      });
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) if (!NOT_PRINTED.has(key)) walk(item, [...path, key]);
  };
  for (const section of Object.keys(TABS)) walk((dossier as unknown as Record<string, unknown>)[section], [section]);
  return found;
}
