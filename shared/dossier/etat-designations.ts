// The State's side in words: the préfet (de région when a région contracts), the sous-préfet of
// the collectivité's arrondissement, the bloc-marque — each title agreed with the person's own
// civility. Used by the documents and by the signatories recorded at signature.
import { departementForms } from './designations';
import type { Dossier } from './dossier-schema';
import { appellation, fonctionAccordee, type Civilite } from '../format/civility';
import { curlyApostrophes, placeForms } from '../format/territory-names';
import { findRegion } from '../referentiel/regions';
import { DEPARTEMENTS } from '../referentiel/departements';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The département whose préfet acts for the State: for a région, the département of the région's
 * chef-lieu (the préfet de région is its préfet); otherwise the préfecture's, else the collectivité's.
 */
export function departementCode(dossier: Dossier): string {
  const { collectivite, etat } = dossier;
  if (collectivite.type === 'region') {
    const region = findRegion(collectivite.region.code, collectivite.region.nom || collectivite.nom);
    if (region) return region[2];
  }
  return etat.prefecture.departementCode || collectivite.departement.code;
}

/** The région name when the préfet acts as préfet de région (a région is the collectivité). */
function prefetDeRegion(dossier: Dossier): string | null {
  const { collectivite } = dossier;
  if (collectivite.type !== 'region') return null;
  return curlyApostrophes(
    findRegion(collectivite.region.code, collectivite.region.nom || collectivite.nom)?.[0] ?? collectivite.nom,
  );
}

/**
 * The préfet's title: « Préfète de la Loire-Atlantique »; for a région, « Préfet de la région
 * Bretagne, préfet d’Ille-et-Vilaine » (the préfet de région is the préfet of the chef-lieu's
 * département, décret n° 2004-374 du 29 avril 2004, art. 2).
 */
export function prefetTitle(dossier: Dossier, civilite: Civilite = prefetCivilite(dossier)): string {
  const departement = departementForms(departementCode(dossier), dossier.collectivite.departement.nom);
  const office = fonctionAccordee(civilite, 'Préfet');
  const region = prefetDeRegion(dossier);
  return region
    ? `${office} de la région ${region}, ${lowerFirst(office)} ${departement.de}`
    : `${office} ${departement.de}`;
}

/** The bloc-marque's authority: « Préfet de la région Bretagne », « Préfet de la Loire-Atlantique » (always masculine, as the State's mark). */
/**
 * Whether the State's letterhead can name its préfet: a région's, or a département known by its
 * code (INSEE's list) or written out. Else it would read « Préfet de » and nothing (code « 99 »).
 */
export function authorityKnown(dossier: Dossier): boolean {
  return (
    !!prefetDeRegion(dossier) || !!(DEPARTEMENTS[departementCode(dossier)] ?? dossier.collectivite.departement.nom)
  );
}

export function blocMarqueAuthority(dossier: Dossier): string {
  const region = prefetDeRegion(dossier);
  return region
    ? `Préfet de la région ${region}`
    : `Préfet ${departementForms(departementCode(dossier), dossier.collectivite.departement.nom).de}`;
}

/** The préfet's own civility: the signatory's when the préfet signs, else the préfet's recorded in the État tab. */
export function prefetCivilite(dossier: Dossier): Civilite {
  const { signataire, prefet } = dossier.etat;
  return signataire.qualite === 'prefet' ? signataire.civilite : prefet.civilite;
}

/** "Madame la Préfète de la Loire-Atlantique", addressed with the préfet's own civility. */
export function prefetAppellation(dossier: Dossier): string {
  const civilite = prefetCivilite(dossier);
  const title = prefetTitle(dossier, civilite);
  const office = fonctionAccordee(civilite, 'Préfet');
  // appellation() gives « Madame la Préfète »; the rest of the title follows.
  return `${appellation(civilite, 'Préfet')}${title.slice(office.length)}`;
}

/**
 * Where the sous-préfet sits, joined by « de »: the sous-préfecture typed in the État tab (what
 * the agent wrote wins: a sous-préfet may sign for a collectivité of another arrondissement, or
 * the arrondissement recorded may be out of date), else the one of the collectivité's
 * arrondissement (« du Havre »). A typed name with its « de » (« Sous-préfecture du Havre ») keeps
 * it; a bare name (« Le Havre ») is joined as place names are.
 */
export function sousPrefectureDe(dossier: Dossier): string {
  return typedSousPrefectureDe(dossier) || arrondissementDe(dossier);
}

/** The sous-préfecture typed in the État tab, joined by « de » ('' when none is typed). */
function typedSousPrefectureDe(dossier: Dossier): string {
  const typed = curlyApostrophes(dossier.etat.sousPrefecture.nom.replace(/^Sous-préfecture\s*/i, '').trim());
  if (!typed) return '';
  return /^(de|du|des)\s|^d’/i.test(typed)
    ? typed.replace(/^\p{Lu}/u, (c) => c.toLowerCase())
    : placeForms(typed, null).de;
}

/** The collectivité's arrondissement, joined by « de » ('' when unknown). */
function arrondissementDe(dossier: Dossier): string {
  const { arrondissement } = dossier.collectivite;
  return arrondissement ? placeForms(arrondissement, null).de : '';
}

/**
 * When a sous-préfet signs from a sous-préfecture typed in the État tab that is not the one of the
 * collectivité's arrondissement: both, joined by « de » (« de Dieppe », « du Havre »); else null.
 * Worth a look, not a refusal: the arrêté de délégation may extend beyond the arrondissement.
 */
export function sousPrefectureElsewhere(dossier: Dossier): { signe: string; arrondissement: string } | null {
  if (dossier.etat.signataire.qualite !== 'sous-prefet') return null;
  const signe = typedSousPrefectureDe(dossier);
  const arrondissement = arrondissementDe(dossier);
  return signe && arrondissement && signe.toLocaleLowerCase('fr') !== arrondissement.toLocaleLowerCase('fr')
    ? { signe, arrondissement }
    : null;
}

/** « Sous-préfète du Havre » (the person's own civility). */
export function sousPrefetTitle(dossier: Dossier, civilite: Civilite = dossier.etat.signataire.civilite): string {
  const where = sousPrefectureDe(dossier);
  return `${fonctionAccordee(civilite, 'Sous-préfet')}${where ? ` ${where}` : ''}`;
}

/** The State signatory's title, without the delegation: « Préfète de la Loire-Atlantique », « Sous-préfète du Havre ». */
export function etatSignatoryTitle(dossier: Dossier): string {
  return dossier.etat.signataire.qualite === 'sous-prefet' ? sousPrefetTitle(dossier) : prefetTitle(dossier);
}
