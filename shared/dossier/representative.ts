// How the collectivité's representative is named in documents: "Maire d’Angers",
// "Présidente du conseil départemental".
import type { Collectivite } from './dossier-schema';

/** "de Tours", "d’Angers": French elision before a vowel or a mute h. */
export function deNom(nom: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüh]/i.test(nom) ? `d’${nom}` : `de ${nom}`;
}

export function representativeQuality(collectivite: Pick<Collectivite, 'type' | 'nom' | 'representant'>): string {
  const feminine = collectivite.representant.civilite === 'Madame';
  const president = feminine ? 'Présidente' : 'Président';
  switch (collectivite.type) {
    case 'commune':
      return `Maire ${deNom(collectivite.nom)}`;
    case 'departement':
      return `${president} du conseil départemental`;
    case 'region':
      return `${president} du conseil régional`;
    default:
      return `${president} ${deNom(collectivite.nom)}`;
  }
}
