// Search, filters and sort of the dossier list, on summaries only.
import type { CollectiviteType } from './collectivite-type';
import type { DossierSummary } from './dossier-figures';
import { searchKey } from '../text/search-key';
import { stepIndex, type Step } from './workflow-steps';

export interface DossierFilter {
  query: string;
  /** A step, 'aucune' for before the letter of intention, or '' for any. */
  etape: Step | 'aucune' | '';
  type: CollectiviteType | '';
  departement: string;
  annee: number | null;
  suiviDu: boolean;
}

export type DossierSort = 'nom' | 'modification' | 'etape';

export const EMPTY_FILTER: DossierFilter = {
  query: '',
  etape: '',
  type: '',
  departement: '',
  annee: null,
  suiviDu: false,
};

/**
 * A dossier in follow-up is due for something when no steering committee met in the last
 * twelve months, or this year's financial amendment is missing.
 */
export function followUpDue(
  summary: Pick<DossierSummary, 'etape' | 'statut' | 'dernierCopil' | 'avenants'>,
  today: string,
): boolean {
  if (summary.etape !== 'suivi' || summary.statut !== 'actif') return false;
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return summary.dernierCopil < yearAgo || !summary.avenants.includes(Number(today.slice(0, 4)));
}

type Row = DossierSummary & { nomKey: string };

export function filterDossiers<T extends Row>(rows: readonly T[], filter: DossierFilter, today: string): T[] {
  const key = searchKey(filter.query);
  const code = filter.query.trim().toUpperCase();
  return rows.filter(
    (row) =>
      (!key || row.nomKey.includes(key) || (code.length >= 2 && row.code.startsWith(code))) &&
      (!filter.etape || (filter.etape === 'aucune' ? row.etape === null : row.etape === filter.etape)) &&
      (!filter.type || row.type === filter.type) &&
      (!filter.departement || row.departement === filter.departement) &&
      (filter.annee === null || row.parAnnee.some((year) => year.annee === filter.annee)) &&
      (!filter.suiviDu || followUpDue(row, today)),
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
