// French typography on prose: a no-break space before « : » and « % », after « n° » and inside
// « », a narrow no-break space before « ; ! ? », typographic apostrophes (names included) — so
// that a line never starts with a colon or a closing quote. What is not prose keeps every
// character as typed: web addresses, e-mail addresses, times (« 14:30 »), identifiers
// (« DEL-2025/0042 », dates « 2025-03-31 ») and numbers with decimals (« 3.5 », « 12,75 »).
// Rules: Lexique des règles typographiques en usage à l’Imprimerie nationale (espaces et
// ponctuation).
import { NARROW_NBSP, NBSP } from './money';

/** Spans that are not prose, in the order they are looked for (a URL before the e-mail it may hold). */
const NOT_PROSE = new RegExp(
  [
    // Web addresses, without the sentence's closing punctuation.
    String.raw`\b(?:https?|ftp)://[^\s<>«»"]*[^\s<>«»".,;:!?)]`,
    String.raw`\bwww\.[^\s<>«»"]*[^\s<>«»".,;:!?)]`,
    // E-mail addresses.
    String.raw`[\p{L}\p{N}._%+'’-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    // Times: 14:30, 9:05:00.
    String.raw`\b\d{1,2}:\d{2}(?::\d{2})?\b`,
    // Identifiers and numbers with inner separators: DEL-2025/0042, 2025-03-31, 3.5, 12,75, A:12.
    String.raw`\b[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:[-/:.,_][\p{L}\p{N}]+)+\b`,
    String.raw`\b[\p{L}\p{N}]+(?:[-/:._][\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*)+\b`,
  ].join('|'),
  'gu',
);

/** The signs (or the elided words) some rule acts on; a text without any is returned as it is. */
const SIGNS = /['°:;!?%«»]|(?:de|que) une?(?![\p{L}\p{N}])/iu;

// Private-use characters stand for the protected spans while the prose rules run.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

function proseRules(text: string): string {
  return (
    text
      // Apostrophes: the typographic one, in words and names (« l’État », « N’Diaye »).
      .replace(/(?<=\p{L})'|'(?=\p{L})/gu, '’')
      // Elision before « un », « une » that a field puts after « de » or « que » in a template
      // (« pour une durée d’un an », « d’une part »); « de huit », « de onze » keep theirs.
      .replace(
        /(?<![\p{L}\p{N}])([dD]e|[qQ]ue) (une?)(?![\p{L}\p{N}])/gu,
        (_, word: string, next: string) => `${word.slice(0, -1)}’${next}`,
      )
      // « n° 12 », « N° 2025-117 »: the number never leaves its sign.
      .replace(/\b([nN]°)[ \u00a0\u202f]*(?=\S)/g, `$1${NBSP}`)
      // « ; ! ? »: a narrow no-break space before, unless they open the text.
      .replace(/[ \u00a0\u202f]*([;!?])/g, (match, sign: string, offset: number) =>
        offset === 0 ? sign : `${NARROW_NBSP}${sign}`,
      )
      // « : » of prose (followed by a space or ending the text): a no-break space before.
      .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/g, `$1${NBSP}:`)
      // « 50 % ».
      // (A protected number, « 12,5 », ends with the placeholder's closing mark.)
      .replace(/(\d|\uE001)[ \u00a0\u202f]*%/g, `$1${NBSP}%`)
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
  );
}

/** The text with French typography on its prose; idempotent. */
export function typographie(text: string): string {
  // Most cells and runs hold none of the signs the rules touch: left as they are, at once.
  if (!SIGNS.test(text)) return text;
  const kept: string[] = [];
  const masked = text.replace(NOT_PROSE, (span) => {
    kept.push(span);
    return `${OPEN}${kept.length - 1}${CLOSE}`;
  });
  return proseRules(masked).replace(PLACEHOLDER, (_, index: string) => kept[Number(index)]!);
}
