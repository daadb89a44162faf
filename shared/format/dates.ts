// Dates in words, French style: "1er mars 2026".
/** Month names, January first. */
export const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "1er mars 2026" for "2026-03-01"; the text as it is when it is not an ISO date. */
export function dateEnLettres(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const dayNumber = Number(day);
  return `${dayNumber === 1 ? '1er' : dayNumber} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const DATE_SHORT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' });

/** The first of the month as one writes it, « 1er »: Intl writes « 1 ». */
const premier = (text: string) => text.replace(/^1 /, '1er ');

/** « 1er déc. 2026 », in the local time zone: a moment in a list's narrow column. */
export function dateCourte(moment: string | Date): string {
  return premier(DATE_SHORT.format(typeof moment === 'string' ? new Date(moment) : moment));
}

/** "23 novembre 2026 à 14:55", in the local time zone, for the moments screens show. */
export function dateHeure(moment: string | Date): string {
  return premier(DATE_TIME.format(typeof moment === 'string' ? new Date(moment) : moment));
}

/**
 * A period of years as one writes it everywhere: « 2024-2026 » (a hyphen between the years, as
 * the Lexique des règles typographiques de l’Imprimerie nationale writes periods), « 2024 » for
 * one year.
 */
export function periodeAnnees(first: number, last: number): string {
  return first === last ? String(first) : `${first}-${last}`;
}

/** « de 2024 à 2026 », or « en 2024 » for one year (never « de 2024 à 2024 »). */
export function deAnneeAAnnee(first: number, last: number): string {
  return first === last ? `en ${first}` : `de ${first} à ${last}`;
}
