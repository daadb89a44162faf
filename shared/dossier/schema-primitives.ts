// The building blocks of the dossier schema: text, money in cents, ISO dates, official codes.
import { z } from 'zod';
import { isValidSiret } from '../format/siret';
import { cleanXmlLines, cleanXmlText } from '../text/xml-text';
import { field } from './field-meta';

export const MAX_CENTS = 100_000_000_000_00; // a hundred billion euros: far above any CTAI.

/** Every text of the model is cleaned here of what XML forbids (see shared/text/xml-text.ts). */
const cleanString = () => z.string().overwrite(cleanXmlText);
/** Text of several lines keeps the line breaks a pasted vertical tab or form feed meant. */
const cleanLines = () => z.string().overwrite(cleanXmlLines);
export const text = (max = 200) => cleanString().trim().max(max);
export const requiredText = (max = 200) => cleanString().trim().min(1).max(max);
export const longText = () => cleanLines().max(20_000);

/** An amount of money, in integer cents. */
export const cents = () => field(z.number().int().min(0).max(MAX_CENTS), { kind: 'cents' });
export const count = () => z.number().int().min(0).max(100_000_000);
/**
 * The years the app accepts anywhere (a contract's year, an avenant's, a report's, a document's
 * date): CTAI exist since the instruction of January 2019; 2100 is far beyond any contract.
 */
export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2100;
export const year = () => field(z.number().int().min(FIRST_YEAR).max(LAST_YEAR), { kind: 'year' });

/**
 * Why `value` is not a date the app accepts for a document or a year's act, in French, or null:
 * not AAAA-MM-JJ, not a day of the calendar (« 2026-02-30 »), or outside FIRST_YEAR–LAST_YEAR.
 */
export function documentDateProblem(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value} n’est pas au format AAAA-MM-JJ`;
  if (!isRealDate(value)) return `${value} n’est pas une date du calendrier`;
  const y = Number(value.slice(0, 4));
  if (y < FIRST_YEAR || y > LAST_YEAR)
    return `${value} est hors des dates acceptées, du 1er janvier ${FIRST_YEAR} au 31 décembre ${LAST_YEAR}`;
  return null;
}

/**
 * Why `value`, read from a date input (type=date), is not a date the app accepts, in French, or
 * null. Such an input gives '' for a date left incomplete and never a day off the calendar: the
 * agent reads the date as the input shows it, never its stored form (AAAA-MM-JJ).
 */
export function dateInputProblem(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value))
    return `n’est pas une date complète ou n’existe pas (un 31 février, par exemple). ${DATE_EXAMPLE}`;
  const y = Number(value.slice(0, 4));
  if (y < FIRST_YEAR || y > LAST_YEAR)
    return `est hors des dates acceptées : saisissez une date du 1er janvier ${FIRST_YEAR} au 31 décembre ${LAST_YEAR}`;
  return null;
}

/** How a date is typed, said as the date inputs show it. */
const DATE_EXAMPLE = 'Saisissez le jour, le mois et l’année d’une date du calendrier, par exemple 15/03/2026';

export const isoDate = () =>
  z
    .string()
    // Read by agents under a date field (« Date de début doit être une date complète… »).
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: `doit être une date complète et qui existe (jour, mois et année, par exemple 15/03/2026)`,
      abort: true,
    })
    .refine((value) => isRealDate(value), { error: 'n’est pas une date du calendrier' });

export const isoDateTime = () => z.iso.datetime({ offset: true, error: 'doit être une date et une heure ISO 8601' });

/** Whether an AAAA-MM-JJ string names a day of the (proleptic) Gregorian calendar. */
export function isRealDate(value: string): boolean {
  // Read by position, not by splitting: every date of every imported dossier comes through here.
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
}

export const codeInsee = () =>
  z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'doit comporter 5 caractères (par exemple 38185 ou 2A004)' });

export const siren = () => z.string().regex(/^\d{9}$/, { error: 'doit comporter 9 chiffres' });
export const siret = () => z.string().regex(/^\d{14}$/, { error: 'doit comporter 14 chiffres' });
/** A SIRET whose check key holds (format/siret.ts): for identifiers an act or open data publishes. */
export const checkedSiret = () =>
  z
    .string()
    .regex(/^\d{14}$/, { error: 'doit comporter 14 chiffres', abort: true })
    .refine(isValidSiret, { error: 'a une clé de contrôle fausse : vérifiez les chiffres' });
export const rna = () => z.string().regex(/^W\d{9}$/, { error: 'doit commencer par W suivi de 9 chiffres' });
/**
 * An IBAN (ISO 13616): letters and digits, spaces allowed, checked by its mod-97 key so that a
 * mistyped digit is caught before it reaches a payment.
 */
export const iban = () =>
  z
    .string()
    .transform((value) => value.replace(/\s+/g, '').toUpperCase())
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/, {
          error: 'doit être un IBAN (par exemple FR76 3000 6000 0112 3456 7890 189)',
          abort: true,
        })
        .refine(isValidIban, { error: 'a une clé de contrôle fausse : vérifiez les chiffres' }),
    );

/** The IBAN's mod-97 check (ISO 7064): the first four characters moved to the end, letters as 10–35. */
export function isValidIban(value: string): boolean {
  const rearranged = value.slice(4) + value.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** A BIC (ISO 9362): 8 or 11 characters. */
export const bic = () =>
  z
    .string()
    .transform((value) => value.replace(/\s+/g, '').toUpperCase())
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/, { error: 'doit être un BIC de 8 ou 11 caractères' }),
    );

export const email = () => z.email({ error: 'doit être une adresse électronique valide' }).max(254);
export const telephone = () =>
  z.string().regex(/^(\+33 ?|0)[1-9]( ?\d{2}){4}$/, { error: 'doit être un numéro français à 10 chiffres' });
export const codeDepartement = () =>
  z
    .string()
    .regex(/^(\d{2}|2[AB]|9[78]\d)$/, { error: 'doit être un code de département (par exemple 38, 2A ou 974)' });
export const codeRegion = () =>
  z.string().regex(/^\d{2,3}$/, { error: 'doit être un code de région (2 chiffres, 3 outre-mer)' });

export const civilite = () =>
  field(z.enum(['Madame', 'Monsieur']), { values: { Madame: 'Madame', Monsieur: 'Monsieur' } });

/** Optional form fields are stored as empty strings rather than missing, so edits stay simple. */
export const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);
