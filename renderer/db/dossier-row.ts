// The indexed summary row of a dossier, derived from its JSON view.
import { summarizeDossier } from '../../shared/dossier/dossier-figures';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { searchKey } from '../../shared/text/search-key';
import type { DossierRow } from './records';

export function dossierRow(view: Dossier, rev: number): DossierRow {
  const summary = summarizeDossier(view);
  return {
    ...summary,
    nomKey: searchKey(summary.nom),
    etapeKey: summary.etape ?? '',
    annees: summary.parAnnee.map((year) => year.annee),
    rev,
  };
}
