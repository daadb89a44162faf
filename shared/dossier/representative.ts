// How the collectivité's representative is titled in documents and recorded signatories:
// « Maire du Havre », « Présidente du conseil départemental de la Loire-Atlantique »,
// « Présidente de l’Eurométropole de Strasbourg » (designations.ts).
//
// What `representant.titre` means: the office in which the person signs. Left empty, or holding
// the head of the collectivité's office alone (« Maire », « Président », « Présidente »,
// « Président·e »), it names the executive, titled in full with its collectivité. Anything else
// (« Premier adjoint au maire », « Vice-présidente chargée des solidarités ») is another office,
// printed as typed (inclusive writing agreed with the civility), never replaced by the executive's.
import { titreAccorde } from '../format/civility';
import { searchKey } from '../text/search-key';
import { collectiviteDesignations } from './designations';
import type { Collectivite } from './dossier-schema';

type RepresentedCollectivite = Pick<Collectivite, 'type' | 'nom' | 'representant' | 'departement' | 'region'> & {
  typeLiaison?: number | null;
};

/** The executive's own office typed alone: « Maire », « Président », « Présidente », « Président·e », « La maire ». */
function isExecutiveOffice(titre: string): boolean {
  const key = searchKey(titre.replace(/[·•.]e\b/gu, '')).replace(/^(le|la) /, '');
  return key === '' || key === 'maire' || key === 'president' || key === 'presidente';
}

/**
 * The typed title when it names another office than the executive's (« Premier adjoint au
 * maire »), agreed with the civility and capitalised; null when the executive signs.
 */
export function otherOffice(collectivite: Pick<Collectivite, 'representant'>): string | null {
  const { titre, civilite } = collectivite.representant;
  if (isExecutiveOffice(titre)) return null;
  const agreed = titreAccorde(titre.trim(), civilite);
  return agreed.charAt(0).toUpperCase() + agreed.slice(1);
}

/** « Maire du Havre », or the other office typed (« Premier adjoint au maire »). */
export function representativeQuality(collectivite: RepresentedCollectivite): string {
  return otherOffice(collectivite) ?? collectiviteDesignations(collectivite).titreRepresentant;
}
