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
