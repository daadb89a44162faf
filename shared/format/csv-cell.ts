// One cell of a CSV the app or the CLI writes, safe to open in a spreadsheet.
//
// Text from another site (a collectivité or an action named `=HYPERLINK(…)`, a DDE payload) must
// never become a live formula: as OWASP's "CSV Injection" page advises, a cell whose text begins
// with `=`, `+`, `-`, `@`, a tab or a carriage return (also after leading spaces, which some
// spreadsheets skip) is prefixed with an apostrophe, which spreadsheets read as "this is text".
// Plain numbers (`-12,50`, `2026`) are left as they are: they cannot be formulas, and the
// préfecture's sums need them as numbers.

/** A decimal number as the CSV writes it: optional minus, digits, optional decimal comma or point. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** A cell a spreadsheet may evaluate: a formula trigger first, possibly after spaces or line feeds. */
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

/**
 * The text of a cell, neutralised against formula evaluation (leading apostrophe) when it is not a
 * plain number. Separator-free; pair with {@link csvCell} for quoting.
 */
export function neutraliseFormula(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The separator French spreadsheets expect (the comma is their decimal mark). */
export const CSV_SEPARATOR = ';';

/**
 * One field of a {@link CSV_SEPARATOR}-separated file (RFC 4180 quoting): neutralised against
 * formulas, then quoted when it holds the separator, a quote or a line break.
 */
export function csvCell(value: string | number): string {
  const text = neutraliseFormula(String(value));
  const needsQuotes = text.includes(CSV_SEPARATOR) || /["\n\r]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
