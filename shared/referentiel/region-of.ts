// The région a collectivité belongs to, from its dossier's summary: a région's own code, else its
// département's région (departement-regions.ts). One rule for the programme's figures by région
// and the Dossiers list's filter, so that a bar and the list it opens count the same dossiers.
import type { CollectiviteType } from '../dossier/collectivite-type';
import { DEPARTEMENT_REGION } from './departement-regions';
import { REGIONS } from './regions';

/** The INSEE code of the région (« 84 »), or '' when unknown (a free entry with no département). */
export function regionOf(summary: { type: CollectiviteType; code: string; departement: string }): string {
  if (summary.type === 'region') return REGIONS[summary.code] ? summary.code : '';
  return DEPARTEMENT_REGION[summary.departement] ?? '';
}
