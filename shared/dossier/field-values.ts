// A stored value as people read it: amounts in euros, dates in words.
import { dateEnLettres } from '../format/dates';
import { formatEuros } from '../format/money';

const AMOUNT_FIELDS = new Set(['coutTotal', 'ctaiDemande', 'ctaiAccorde', 'montant', 'montantPrevu', 'montantVerse']);
/** Years are written without a thousands space (« 2024 », not « 2 024 »). */
const YEAR_FIELDS = /^annee/i;

export function readableValue(path: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '(vide)';
  const field = path.split('.').at(-1) ?? '';
  if (typeof value === 'number' && AMOUNT_FIELDS.has(field)) return formatEuros(value);
  if (typeof value === 'number' && YEAR_FIELDS.test(field)) return String(value);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateEnLettres(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean')
    return typeof value === 'boolean' ? (value ? 'oui' : 'non') : value.toLocaleString('fr-FR');
  if (Array.isArray(value)) return `${value.length} élément${value.length > 1 ? 's' : ''}`;
  return 'modifié';
}
