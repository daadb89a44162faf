// The indexed row of a dossier, derived from its JSON view.
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { searchKey } from '../../shared/text/search-key';
import type { DossierRow } from './records';

/** Départements and régions have no INSEE code of their own in the list: their code stands in. */
function officialPlaceCode(view: Dossier): string {
  if (view.collectivite.type === 'departement') return view.collectivite.departement.code;
  if (view.collectivite.type === 'region') return view.collectivite.region.code;
  return '';
}

export function dossierRow(view: Dossier, rev: number): DossierRow {
  const annees = new Set<number>();
  for (const action of view.actions) for (const budget of action.budgets) annees.add(budget.annee);
  return {
    id: view.id,
    nomKey: searchKey(view.collectivite.nom),
    codeKey: view.collectivite.codeInsee || view.collectivite.siren || officialPlaceCode(view),
    type: view.collectivite.type,
    departement: view.collectivite.departement.code,
    etape: view.workflow.etape ?? '',
    statut: view.workflow.statut,
    annees: [...annees].sort(),
    updatedAt: view.updatedAt,
    rev,
    view,
  };
}
