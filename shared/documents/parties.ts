// How documents name the parties and their signatories: « la commune du Havre, représentée par sa
// maire… », « l’État, représenté par Madame X, sous-préfète du Havre, pour le préfet et par
// délégation ». Each person's gender comes from that person's own civility; the collectivité's
// names from designations.ts; the State's titles below.
import { accorde, collectiviteDesignations, type CollectiviteDesignations } from '../dossier/designations';
import type { Dossier } from '../dossier/dossier-schema';
import { etatSignatoryTitle } from '../dossier/etat-designations';
import type { Civilite } from '../format/civility';
import { dateEnLettres } from '../format/dates';

export {
  blocMarqueAuthority,
  etatSignatoryTitle,
  prefetAppellation,
  prefetCivilite,
  prefetTitle,
  sousPrefectureDe,
  sousPrefetTitle,
} from '../dossier/etat-designations';

export function fullName(person: { prenom: string; nom: string }): string {
  return `${person.prenom} ${person.nom}`.trim();
}

/** « Madame Anne-Sophie N’Diaye ». */
function civilName(person: { civilite: Civilite; prenom: string; nom: string }): string {
  return `${person.civilite ? `${person.civilite} ` : ''}${fullName(person)}`;
}

/** Every designation of the dossier's collectivité (designations.ts). */
export function designations(dossier: Dossier): CollectiviteDesignations {
  return collectiviteDesignations(dossier.collectivite);
}

/** "la commune du Havre", "le Département de la Loire-Atlantique", "la Région Bretagne", "l’Eurométropole de Strasbourg". */
export function collectiviteDesignation(dossier: Dossier): string {
  return designations(dossier).sujet;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** « l’État, représenté par Madame X, sous-préfète du Havre, pour le préfet et par délégation ». */
export function etatParty(dossier: Dossier): string {
  const { signataire } = dossier.etat;
  const delegation = signataire.qualite === 'sous-prefet' ? ', pour le préfet et par délégation' : '';
  return `l’État, représenté par ${civilName(signataire)}, ${lowerFirst(etatSignatoryTitle(dossier))}${delegation}`;
}

/** « la commune du Havre, représentée par sa maire, Madame X, dûment habilitée par délibération n° … du … ». */
/**
 * The collectivité as a party, « dûment habilité » by the délibération that authorises the act:
 * the contract's (the dossier's) unless another is given (an avenant's own).
 */
export function collectiviteParty(
  dossier: Dossier,
  deliberation: { numero: string; date: string } = dossier.collectivite.deliberation,
): string {
  const { representant } = dossier.collectivite;
  const names = designations(dossier);
  const habilite = representant.civilite === 'Madame' ? 'habilitée' : 'habilité';
  const authorised = deliberation.numero
    ? `, dûment ${habilite} par délibération n° ${deliberation.numero}${deliberation.date ? ` du ${dateEnLettres(deliberation.date)}` : ''}`
    : '';
  return `${names.sujet}, ${accorde(names.genre, 'représenté')} par ${names.roleRepresentant}, ${civilName(representant)}${authorised}`;
}
