// Search, filters and sort of the dossier list, on summaries only.
import type { CollectiviteType } from './collectivite-type';
import type { DossierSummary } from './dossier-figures';
import { dueFromFacts, dueState } from './follow-up';
import { searchKey } from '../text/search-key';
import { stepIndex, type Step } from './workflow-steps';

export interface DossierFilter {
  query: string;
  /** A step, 'aucune' for before the letter of intention, or '' for any. */
  etape: Step | 'aucune' | '';
  type: CollectiviteType | '';
  departement: string;
  annee: number | null;
  /** Dossiers with something past its date, or due within 30 days (follow-up.ts); '' for any. */
  echeance: '' | 'depassee' | 'bientot';
}

export type DossierSort = 'nom' | 'modification' | 'etape';

export const EMPTY_FILTER: DossierFilter = {
  query: '',
  etape: '',
  type: '',
  departement: '',
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
  const key = searchKey(filter.query);
  const code = filter.query.trim().toUpperCase();
  return rows.filter(
    (row) =>
      (!key ||
        row.nomKey.includes(key) ||
        (code.length >= 2 && (row.code.startsWith(code) || row.numero.includes(code)))) &&
      (!filter.etape || (filter.etape === 'aucune' ? row.etape === null : row.etape === filter.etape)) &&
      (!filter.type || row.type === filter.type) &&
      (!filter.departement || row.departement === filter.departement) &&
      (filter.annee === null || row.parAnnee.some((year) => year.annee === filter.annee)) &&
      (!filter.echeance || dueFlags(row, today)[filter.echeance]),
  );
}

export function sortDossiers<T extends Row>(rows: readonly T[], sort: DossierSort): T[] {
  const sorted = [...rows];
  switch (sort) {
    case 'nom':
      return sorted.sort((a, b) => (a.nomKey < b.nomKey ? -1 : a.nomKey > b.nomKey ? 1 : 0));
    case 'modification':
      return sorted.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    case 'etape':
      return sorted.sort((a, b) => stepIndex(b.etape) - stepIndex(a.etape) || (a.nomKey < b.nomKey ? -1 : 1));
  }
}
