// Text entering the model, cleaned of the characters XML 1.0 forbids (§2.2 Char) and of Unicode
// noncharacters, before anything stores it. One U+FFFE in a field made the contract's DOCX
// unreadable (LibreOffice: « could not be loaded ») while the app reported success; every text
// that ends up in a document must be representable in XML. This is the one place that cleans
// text: the schema primitives (shared/dossier/schema-primitives.ts) apply it to every text field,
// so typed, pasted, imported and CLI text all pass here. Cleaning rather than refusing: these
// characters are invisible, pasted by accident, and an agent could not find them to remove them.

/** The noncharacters U+nFFFE and U+nFFFF of the sixteen supplementary planes. */
const PLANE_ENDS = Array.from({ length: 16 }, (_, index) => {
  const plane = (index + 1).toString(16).toUpperCase();
  return `\\u{${plane}FFFE}\\u{${plane}FFFF}`;
}).join('');

/**
 * Forbidden by XML 1.0: C0 controls other than tab, line feed and carriage return; lone
 * surrogates (in `u` mode a well-formed pair is one code point and does not match). Noncharacters:
 * U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF…).
 */
const FORBIDDEN = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uD800-\\uDFFF\\uFDD0-\\uFDEF\\uFFFE\\uFFFF${PLANE_ENDS}]`,
  'gu',
);

/**
 * A cheap first look for {@link cleanXmlText}, which runs on every text of every dossier an import
 * validates: the same forbidden ranges read code unit by code unit, and any surrogate at all (so a
 * supplementary-plane noncharacter or a lone surrogate is always caught). Matching more than
 * FORBIDDEN, never less: text it does not match holds nothing FORBIDDEN would remove.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for.
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/** `text` without the characters XML 1.0 forbids and without noncharacters; otherwise unchanged. */
export function cleanXmlText(text: string): string {
  return MAYBE_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, '') : text;
}

/**
 * {@link cleanXmlText} for text of several lines (clauses, descriptions): two of the forbidden
 * controls carry meaning in text pasted from a word processor and are turned into what they mean
 * rather than dropped, which glued the words around them: a form feed is a new paragraph (a
 * blank line), a vertical tab a line break.
 */
export function cleanXmlLines(text: string): string {
  return cleanXmlText(text.replace(/\f/g, '\n\n').replace(/\v/g, '\n'));
}

/** Whether `text` holds no character {@link cleanXmlText} would remove. */
export function isXmlText(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  return !FORBIDDEN.test(text);
}
