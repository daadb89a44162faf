// The national instruction the contract cites, by its date and NOR. The instruction of the
// Government of 17 January 2019 « relative aux orientations pour l’année 2019 de la politique
// d’accueil et d’intégration des étrangers en France » (ministre de l’Intérieur, addressed to the
// préfets de région) launched the territorial contracts; a later instruction replaces it when the
// préfecture enters its date (and NOR) in Paramètres. Its NOR could not be checked against
// Légifrance or circulaires.legifrance.gouv.fr when this was written: the default is empty, and
// the visa is printed without a NOR until the préfecture enters it — never an invented one.
import { dateEnLettres } from '../format/dates';
import type { DocumentSettings } from './finance-laws';

export const INSTRUCTION_DATE_KEY = 'reference.instructionDate';
export const INSTRUCTION_NOR_KEY = 'reference.instructionNor';
export const INSTRUCTION_OBJET_KEY = 'reference.instructionObjet';

export const DEFAULT_INSTRUCTION = {
  date: '2019-01-17',
  nor: '',
  objet:
    'relative aux orientations pour l’année 2019 de la politique d’accueil et d’intégration des étrangers en France',
} as const;

/** A NOR: four letters (ministry, service, office), two of the year, five digits, a letter (type of act). */
export const NOR_PATTERN = /^[A-Z]{4}\d{7}[A-Z]$/;

/**
 * Why `nor` cannot be the NOR of a text dated `date` (ISO), null when it can. A NOR is four letters,
 * the two last digits of the year it was given, five digits and a letter (circulaire du 20 octobre
 * 2000 relative au numéro NOR); a text signed early in a year may carry the NOR given the year
 * before, never one of a later year nor of years before that.
 */
export function norProblem(nor: string, date: string): string | null {
  const value = nor.trim().toUpperCase();
  if (!NOR_PATTERN.test(value))
    return 'Un NOR compte douze caractères : quatre lettres, sept chiffres, une lettre (par exemple INTV1900000J).';
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000) return null;
  const norYear = 2000 + Number(value.slice(4, 6));
  if (norYear !== year && norYear !== year - 1)
    return `Le NOR ${value} a été attribué en ${norYear} (ses 5e et 6e caractères) : il ne peut pas être celui d’un texte du ${dateEnLettres(date)} ; vérifiez le NOR ou la date de l’instruction.`;
  return null;
}

/** The instruction's ISO date, NOR ('' when unknown) and object, from Paramètres or the defaults. */
export function nationalInstruction(settings: DocumentSettings = {}): { date: string; nor: string; objet: string } {
  return {
    date: settings[INSTRUCTION_DATE_KEY]?.trim() || DEFAULT_INSTRUCTION.date,
    nor: settings[INSTRUCTION_NOR_KEY]?.trim().toUpperCase() ?? DEFAULT_INSTRUCTION.nor,
    objet: settings[INSTRUCTION_OBJET_KEY]?.trim() || DEFAULT_INSTRUCTION.objet,
  };
}

/** The template fields: « 17 janvier 2019 », « (NOR : INTV1901234J) » or '' when no NOR is known, the object. */
export function instructionFields(settings: DocumentSettings = {}): Record<string, string> {
  const { date, nor, objet } = nationalInstruction(settings);
  return {
    instructionDate: dateEnLettres(date),
    instructionNor: nor ? ` (NOR : ${nor})` : '',
    instructionObjet: objet,
  };
}
