// How the collectivité's representative is titled in documents and recorded signatories:
// « Maire du Havre », « Présidente du conseil départemental de la Loire-Atlantique »,
// « Présidente de l’Eurométropole de Strasbourg » (designations.ts).
import { collectiviteDesignations } from './designations';
import type { Collectivite } from './dossier-schema';

export function representativeQuality(
  collectivite: Pick<Collectivite, 'type' | 'nom' | 'representant' | 'departement' | 'region'> & {
    typeLiaison?: number | null;
  },
): string {
  return collectiviteDesignations(collectivite).titreRepresentant;
}
