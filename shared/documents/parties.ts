// How documents name the parties and their signatories: « la commune du Havre, représentée par sa
// maire… », « l’État, représenté par Madame X, sous-préfète du Havre, pour le préfet et par
// délégation ». Each person's gender comes from that person's own civility; the collectivité's
// names from designations.ts; the State's titles below.
import { accorde, collectiviteDesignations, type CollectiviteDesignations } from '../dossier/designations';
import type { Dossier } from '../dossier/dossier-schema';
import { delegationFormula, type ActSigner, type ActSigners } from '../dossier/act-signers';
import { prefetCivilite, prefetTitle } from '../dossier/etat-designations';
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

/** « Madame Anne-Sophie N’Diaye » for a signer (no civility when none is known). */
function signerName(signer: ActSigner): string {
  return `${signer.civilite ? `${signer.civilite} ` : ''}${signer.nom}`;
}

/**
 * « l’État, représenté par Madame X, sous-préfète du Havre, pour le préfet et par délégation »:
 * the act's State signatory (act-signers.ts), the one its signature block names.
 */
export function etatParty(signers: ActSigners): string {
  const { etat } = signers;
  const formula = delegationFormula(etat);
  const delegation = formula ? `, ${formula}` : '';
  return `l’État, représenté par ${signerName(etat)}, ${lowerFirst(etat.titre)}${delegation}`;
}

/**
 * The collectivité as a party, represented by the act's signatory (act-signers.ts): « la commune
 * du Havre, représentée par sa maire, Madame X » when the executive signs, « … représentée par
 * Monsieur X, premier adjoint au maire » for another office; « dûment habilité » by the
 * délibération that authorises the act (act-signers.ts `contractDeliberation`, an avenant's own).
 */
export function collectiviteParty(
  dossier: Dossier,
  signers: ActSigners,
  deliberation: { numero: string; date: string },
): string {
  const signer = signers.collectivite;
  const names = collectiviteDesignations({
    ...dossier.collectivite,
    representant: { ...dossier.collectivite.representant, civilite: signer.civilite },
  });
  const habilite = signer.civilite === 'Madame' ? 'habilitée' : 'habilité';
  const authorised = deliberation.numero
    ? `, dûment ${habilite} par délibération n° ${deliberation.numero}${deliberation.date ? ` du ${dateEnLettres(deliberation.date)}` : ''}`
    : '';
  const who = signer.executif
    ? `${names.roleRepresentant}, ${signerName(signer)}`
    : `${signerName(signer)}, ${lowerFirst(signer.titre)}`;
  return `${names.sujet}, ${accorde(names.genre, 'représenté')} par ${who}${authorised}`;
}

/**
 * « Vu l’arrêté préfectoral n° 2026-12 du 3 janvier 2026 portant délégation de signature à
 * Madame X, sous-préfète du Havre » for an act signed by delegation with its arrêté known
 * (act-signers.ts: the one recorded at signature, else the État tab's); [] otherwise.
 */
export function delegationVisa(signers: ActSigners): string[] {
  const { delegation, arrete } = signers.etat;
  if (!delegation || !arrete.numero || !arrete.date) return [];
  return [
    `Vu l’arrêté préfectoral n° ${arrete.numero} du ${dateEnLettres(arrete.date)} portant délégation de signature à ${delegataire(signers)}`,
  ];
}

/**
 * « la préfète de la Loire-Atlantique »: the ordonnateur of the act's expense, the préfet (de
 * région for a région) as the act's signers say (décret n° 2012-1246, art. 11): the signatory in
 * person, or the préfet who delegated, each with their own civility, so that article and signature
 * block never disagree once the État tab names someone else.
 */
export function ordonnateur(dossier: Dossier, signers: ActSigners): string {
  const civilite = signers.etat.delegation ? signers.etat.delegant : signers.etat.civilite;
  return `${civilite === 'Madame' ? 'la' : 'le'} ${lowerFirst(prefetTitle(dossier, civilite || prefetCivilite(dossier)))}`;
}

/** « Madame X, sous-préfète du Havre », the person an arrêté de délégation names (a visa). */
export function delegataire(signers: ActSigners): string {
  return `${signerName(signers.etat)}, ${lowerFirst(signers.etat.titre)}`;
}
