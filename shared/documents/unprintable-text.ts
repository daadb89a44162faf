// What the documents cannot print, found before anything is generated: a character that none
// of the shipped fonts has (a Chinese name, an emoji) would be drawn as an empty box, so the
// field holding it is named and the document refused until it is corrected.
import type { Dossier } from '../dossier/dossier-schema';
import { fieldLabel } from '../dossier/field-labels';
import { PRINTABLE_RANGES } from './font-coverage';
import { documentText, type DocumentModel } from './document-model';
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
export interface UnprintableField {
  path: (string | number)[];
  value: string;
  characters: string[];
}

/** Each text field of the dossier (but the parts no document prints) holding a character no font prints. */
export function fieldsWithUnprintable(dossier: Dossier): UnprintableField[] {
  const found: UnprintableField[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const characters = unprintableCharacters(value);
      if (characters.length) found.push({ path, value, characters });
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) if (!NOT_PRINTED.has(key)) walk(item, [...path, key]);
  };
  for (const section of Object.keys(TABS)) walk((dossier as unknown as Record<string, unknown>)[section], [section]);
  return found;
}

/** « un caractère que les documents ne savent pas imprimer : « 😀 » (U+1F600). Remplacez-le ou retirez-le, puis recommencez. » */
function charactersSentence(characters: readonly string[]): string {
  const list = characters.map((char) => `« ${char} » (${codePointName(char)})`).join(', ');
  const them = characters.length > 1 ? 'les' : 'le';
  return `${characters.length > 1 ? 'des caractères' : 'un caractère'} que les documents ne savent pas imprimer : ${list}. Remplacez-${them} ou retirez-${them}, puis recommencez.`;
}

/** The field and those of its `characters` no font prints, named in French, with the tab to fix them in. */
export function asMissing(field: UnprintableField, characters = field.characters): MissingField {
  return {
    path: field.path.join('.'),
    tab: TABS[field.path[0] as string]!,
    message: `« ${fieldLabel(field.path)} » contient ${charactersSentence(characters)}`,
  };
}

/**
 * Each text field of the dossier holding a character no shipped font prints, with a French
 * sentence naming the field and the characters, and the tab where it is corrected — whatever
 * the document. To refuse a document, use unprintableInDocument: only what it prints counts.
 */
export function unprintableFields(dossier: Dossier): MissingField[] {
  return fieldsWithUnprintable(dossier).map((field) => asMissing(field));
}

/** Every text a document draws: its blocks, its letterhead and its footer (not its metadata). */
function printedText(model: DocumentModel): string {
  const letterhead = model.letterhead.kind === 'etat' ? [model.letterhead.authority] : model.letterhead.lines;
  return normalizeText([...letterhead, ...documentText(model), model.footer].join('\n'));
}

/** Text compared loosely: spaces of any kind as one, straight apostrophes as typeset ones. */
function loose(value: string): string {
  return normalizeText(value)
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .replace(/'/g, '’');
}

/**
 * The pieces of `value` around each unprintable character, with a word either side (« Association
 * 😀 entraide »): what the document holds when it prints this field, not another with the same character.
 */
function piecesAround(value: string, characters: readonly string[]): string[] {
  const words = loose(value).trim().split(' ');
  return words.flatMap((word, index) =>
    characters.some((char) => word.includes(char)) ? [words.slice(Math.max(0, index - 1), index + 2).join(' ')] : [],
  );
}

/**
 * What makes `model` (a document built from `dossier`, before typesetting) unprintable: the
 * fields whose unprintable characters the document actually prints — derived from the model's own
 * text, so a document that does not print a field (the letter and the porteurs) is not refused
 * for it. A character printed from no field (an article adapted in Paramètres) is named too.
 */
export function unprintableInDocument(dossier: Dossier, model: DocumentModel): MissingField[] {
  const printed = loose(printedText(model));
  const inDocument = unprintableCharacters(printed);
  if (!inDocument.length) return [];
  const found: MissingField[] = [];
  const explained = new Set<string>();
  for (const field of fieldsWithUnprintable(dossier)) {
    const characters = field.characters.filter((char) => inDocument.includes(char));
    if (!characters.length || !piecesAround(field.value, characters).some((piece) => printed.includes(piece))) continue;
    characters.forEach((char) => explained.add(char));
    found.push(asMissing(field, characters));
  }
  const rest = inDocument.filter((char) => !explained.has(char));
  if (rest.length)
    found.push({
      path: '',
      tab: 'contrat',
      message: `Le texte du document (un article ou un visa adapté dans Paramètres) contient ${charactersSentence(rest)}`,
    });
  return found;
}
