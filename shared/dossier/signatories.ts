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
      ...delegationOf(dossier),
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

/**
 * The arrêté de délégation and the delegating préfet's civility of the État tab, when its
 * signatory is a sous-préfet (décret n° 2004-374, art. 43): what a signature by delegation records.
 */
function delegationOf(dossier: Dossier): Pick<Signataire, 'arrete' | 'delegant'> {
  const { etat } = dossier;
  if (etat.signataire.qualite !== 'sous-prefet') return {};
  return { arrete: { numero: etat.delegation.numero, date: etat.delegation.date }, delegant: etat.prefet.civilite };
}

/**
 * The signatories recorded, completed by the dossier's own for any party still missing. A State
 * signatory typed by hand for a sous-préfet of the État tab gets that tab's arrêté de délégation,
 * so that every act signed by delegation records the arrêté it cites.
 */
export function completeSignatories(recorded: readonly Signataire[], dossier: Dossier): Signataire[] {
  const known = signatoriesFromDossier(dossier).filter((s) => !recorded.some((r) => r.partie === s.partie));
  const kept = recorded.map((s) =>
    s.partie === 'etat' && !s.arrete && s.nom === fullName(dossier.etat.signataire)
      ? { ...s, ...delegationOf(dossier) }
      : s,
  );
  return [...kept, ...known];
}
