// What a form field shows for a stored value, and how typed text becomes a stored value,
// with a French message when it cannot.
import { parseEuros } from './money';
import { dateInputProblem } from '../dossier/schema-primitives';
import { normalizeLine, normalizeText } from '../documents/text-normalization';

/**
 * Typed or pasted text as it is stored: as the documents will print it (text-normalization.ts),
 * so that the screen shows what prints. Invisible characters that would make the screen lie go
 * (a right-to-left override reversing a name, zero-width spaces hiding it from search); a field
 * of one line keeps one line (tabs and line breaks become spaces).
 */
function typedText(text: string, multiline: boolean): string {
  return multiline ? normalizeText(text) : normalizeLine(text);
}

export type FieldKind = 'text' | 'longtext' | 'integer' | 'amount' | 'date';

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

export function displayValue(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (kind === 'amount' && typeof value === 'number') {
    const euros = Math.floor(value / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    return `${euros},${(value % 100).toString().padStart(2, '0')}`;
  }
  return String(value);
}

export function parseInput(kind: FieldKind, text: string, label: string, nullable: boolean): Parsed {
  const trimmed = text.trim();
  switch (kind) {
    case 'amount': {
      if (!trimmed && nullable) return { ok: true, value: null };
      const cents = parseEuros(trimmed);
      if (cents !== null) return { ok: true, value: cents };
      // Well written but beyond what is counted exactly: said as too large, not as mistyped.
      return /^\d+([.,]\d{1,2})?$/.test(trimmed.replace(/[\s\u00a0\u202f€]/g, ''))
        ? { ok: false, message: `${label} : ce montant est trop grand.` }
        : { ok: false, message: `${label} : saisissez un montant en euros, par exemple 12 500,00.` };
    }
    case 'integer': {
      if (!trimmed && nullable) return { ok: true, value: null };
      const cleaned = trimmed.replace(/[\s\u00a0\u202f]/g, '');
      if (/^\d{1,9}$/.test(cleaned)) return { ok: true, value: Number(cleaned) };
      // A whole number too long is said as such: « sans décimale » would not tell what is wrong.
      return /^\d+$/.test(cleaned)
        ? { ok: false, message: `${label} : ce nombre est trop grand (999 999 999 au plus).` }
        : { ok: false, message: `${label} : saisissez un nombre entier positif, sans décimale.` };
    }
    case 'date': {
      // Years the programme cannot have (0001, 3000: a slip of the keyboard) refused as typed.
      const problem = trimmed ? dateInputProblem(trimmed) : null;
      return problem ? { ok: false, message: `${label} ${problem}` } : { ok: true, value: trimmed };
    }
    case 'longtext':
      return { ok: true, value: typedText(text, true) };
    default:
      return { ok: true, value: typedText(trimmed, false) };
  }
}
