// The signatories of the contract as the dossier already names them: the State's signatory
// (État tab) and the collectivité's representative (Collectivité tab), so that no agent is
// asked to type them twice.
import type { Dossier, Signataire } from './dossier-schema';
import { etatSignatoryTitle } from './etat-designations';
import { representativeQuality } from './representative';

/** « Paul Durand »: first name and name, '' for a person not named yet. */
export function fullName(person: { prenom: string; nom: string }): string {
  return `${person.prenom} ${person.nom}`.trim();
}

/** Each party's signatory known from the dossier (a party whose person has no name is left out). */
export function signatoriesFromDossier(dossier: Dossier): Signataire[] {
  const { etat, collectivite } = dossier;
  // « Préfète de la région Bretagne, préfète d’Ille-et-Vilaine », « Sous-préfète du Havre »; « Pour
  // le préfet et par délégation » is a line of the signature block (build-contract.ts).
  const etatQualite = etatSignatoryTitle(dossier);
  const signatories: Signataire[] = [];
  if (fullName(etat.signataire))
    signatories.push({
      partie: 'etat',
      nom: fullName(etat.signataire),
      qualite: etatQualite,
      civilite: etat.signataire.civilite,
    });
  if (fullName(collectivite.representant))
    signatories.push({
      partie: 'collectivite',
      nom: fullName(collectivite.representant),
      qualite: representativeQuality(collectivite),
      civilite: collectivite.representant.civilite,
    });
  return signatories;
}

/** The signatories recorded, completed by the dossier's own for any party still missing. */
export function completeSignatories(recorded: readonly Signataire[], dossier: Dossier): Signataire[] {
  const known = signatoriesFromDossier(dossier).filter((s) => !recorded.some((r) => r.partie === s.partie));
  return [...recorded, ...known];
}
