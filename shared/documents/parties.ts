// How documents name the parties: "la commune de Grenoble, représentée par son maire…",
// "l’État, représenté par Madame la Préfète de l’Isère…".
import type { Dossier } from '../dossier/dossier-schema';
import { deNom } from '../dossier/representative';
import { appellation, fonctionAccordee, type Civilite } from '../format/civility';
import { dateEnLettres } from '../format/dates';
import { deDepartement } from '../referentiel/departements';

export function fullName(person: { prenom: string; nom: string }): string {
  return `${person.prenom} ${person.nom}`.trim();
}

/** "la commune de Grenoble", "le Département de l’Isère", "la Région Bretagne", "la Métropole de Lyon". */
export function collectiviteDesignation(dossier: Dossier): string {
  const { collectivite } = dossier;
  switch (collectivite.type) {
    case 'commune':
      return `la commune ${deNom(collectivite.nom)}`;
    case 'departement':
      return `le Département ${deDepartement(collectivite.departement.code, collectivite.nom)}`;
    case 'region':
      return `la Région ${collectivite.nom}`;
    default:
      return /^(la|le|les|l’|l')\s?/i.test(collectivite.nom) ? collectivite.nom : `la ${collectivite.nom}`;
  }
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The département the State acts for: the préfecture's, else the collectivité's. */
function departement(dossier: Dossier): { code: string; nom: string } {
  const code = dossier.etat.prefecture.departementCode || dossier.collectivite.departement.code;
  return { code, nom: dossier.collectivite.departement.nom };
}

/** "Préfet de l’Isère" (or "Préfète"), for the bloc-marque and signature blocks. */
export function prefetTitle(dossier: Dossier, civilite: Civilite = dossier.etat.signataire.civilite): string {
  const { code, nom } = departement(dossier);
  return `${fonctionAccordee(civilite, 'Préfet')} ${deDepartement(code, nom)}`;
}

/** "Madame la Préfète de l’Isère". */
export function prefetAppellation(dossier: Dossier): string {
  const { code, nom } = departement(dossier);
  return `${appellation(dossier.etat.signataire.civilite, 'Préfet')} ${deDepartement(code, nom)}`;
}

export function etatParty(dossier: Dossier): string {
  const { signataire, sousPrefecture } = dossier.etat;
  if (signataire.qualite === 'sous-prefet') {
    const title = fonctionAccordee(signataire.civilite, 'Sous-préfet');
    const where = sousPrefecture.nom.replace(/^Sous-préfecture\s+/i, '');
    return `l’État, représenté par ${fullName(signataire)}, ${lowerFirst(title)}${where ? ` ${where}` : ''}, pour le préfet et par délégation`;
  }
  return `l’État, représenté par ${fullName(signataire)}, ${lowerFirst(prefetTitle(dossier))}`;
}

/** "son maire", "sa présidente". */
function representantRole(dossier: Dossier): string {
  const { representant, type } = dossier.collectivite;
  const feminine = representant.civilite === 'Madame';
  if (type === 'commune') return `${feminine ? 'sa' : 'son'} maire`;
  return feminine ? 'sa présidente' : 'son président';
}

export function collectiviteParty(dossier: Dossier): string {
  const { representant, deliberation } = dossier.collectivite;
  const habilite = representant.civilite === 'Madame' ? 'habilitée' : 'habilité';
  const authorised = deliberation.numero
    ? `, dûment ${habilite} par délibération n° ${deliberation.numero}${deliberation.date ? ` du ${dateEnLettres(deliberation.date)}` : ''}`
    : '';
  return `${collectiviteDesignation(dossier)}, représentée par ${representantRole(dossier)}, ${fullName(representant)}${authorised}`;
}
