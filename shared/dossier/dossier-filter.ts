// Search, filters and sort of the dossier list, on summaries only.
import type { Axe } from './axes';
import type { CollectiviteType } from './collectivite-type';
import type { DossierSummary } from './dossier-figures';
import { dueFromFacts, dueState } from './follow-up';
import { regionOf } from '../referentiel/region-of';
import { searchKey } from '../text/search-key';
import { formeOf, stepIndex, type Forme, type Step } from './workflow-steps';

export interface DossierFilter {
  query: string;
  /** A step, 'aucune' for before the letter of intention, or '' for any. */
  etape: Step | 'aucune' | '';
  type: CollectiviteType | '';
  /** Contracts (CTAI) or projets territoriaux (PTAI); '' for both. */
  forme: Forme | '';
  departement: string;
  /** A région's INSEE code (region-of.ts), or '' for any. */
  region: string;
  /** Dossiers funding an action on this axe (the summary's `parAxe`), or '' for any. */
  axe: Axe | '';
  annee: number | null;
  /** Dossiers with something past its date, or due within 30 days (follow-up.ts); '' for any. */
  echeance: '' | 'depassee' | 'bientot';
}

/** The column a list is sorted on. */
export type DossierSort = 'nom' | 'numero' | 'type' | 'departement' | 'etape' | 'modification';
export type SortDirection = 'asc' | 'desc';

/** The direction a first click on a column sorts in: latest change and most advanced step first. */
export const FIRST_DIRECTION: Record<DossierSort, SortDirection> = {
  nom: 'asc',
  numero: 'asc',
  type: 'asc',
  departement: 'asc',
  etape: 'desc',
  modification: 'desc',
};

export const EMPTY_FILTER: DossierFilter = {
  query: '',
  etape: '',
  type: '',
  forme: '',
  departement: '',
  region: '',
  axe: '',
  annee: null,
  echeance: '',
};

/** Whether a dossier's summary has something past its date or due within 30 days, at `today`. */
export function dueFlags(summary: Pick<DossierSummary, 'suivi'>, today: string) {
  // Summaries stored by a version without due dates have none until the dossier is saved again.
  return dueState(dueFromFacts(summary.suivi ?? null, today), today);
}

type Row = DossierSummary & { nomKey: string };

export function filterDossiers<T extends Row>(rows: readonly T[], filter: DossierFilter, today: string): T[] {
  // Names compare on their search keys (accents, hyphens and « St » for « Saint » aside).
  const key = searchKey(filter.query);
  const code = filter.query.trim().toUpperCase();
  return rows.filter(
    (row) =>
      (!key ||
        row.nomKey.includes(key) ||
        (code.length >= 2 && (row.code.startsWith(code) || row.numero.includes(code)))) &&
      (!filter.etape || (filter.etape === 'aucune' ? row.etape === null : row.etape === filter.etape)) &&
      (!filter.type || row.type === filter.type) &&
      (!filter.forme || formeOf(row) === filter.forme) &&
      (!filter.departement || row.departement === filter.departement) &&
      (!filter.region || regionOf(row) === filter.region) &&
      (!filter.axe || row.parAxe.some((entry) => entry.axe === filter.axe)) &&
      (filter.annee === null || row.parAnnee.some((year) => year.annee === filter.annee)) &&
      (!filter.echeance || dueFlags(row, today)[filter.echeance]),
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The rows sorted on a column, ties by name; `direction` defaults to the column's first
 * direction. A new array; the rows are not changed.
 */
export function sortDossiers<T extends Row>(
  rows: readonly T[],
  sort: DossierSort,
  direction: SortDirection = FIRST_DIRECTION[sort],
): T[] {
  const byName = (a: T, b: T) => compareText(a.nomKey, b.nomKey);
  const compare: (a: T, b: T) => number = {
    nom: byName,
    numero: (a: T, b: T) => compareText(a.numero, b.numero),
    type: (a: T, b: T) => compareText(a.type, b.type),
    departement: (a: T, b: T) => compareText(a.departement, b.departement),
    etape: (a: T, b: T) => stepIndex(a.etape) - stepIndex(b.etape),
    modification: (a: T, b: T) => compareText(a.updatedAt, b.updatedAt),
  }[sort];
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || byName(a, b));
}
