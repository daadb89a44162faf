// Every way a document names the collectivité, its territory and its representative, with the
// collectivité's grammatical gender — one place, so that « la commune du Havre », « le maire du
// Havre », « sur le territoire du Havre », « de l’Eurométropole de Strasbourg » and « le
// Département de la Loire-Atlantique, représenté » never disagree between documents.
// The rules of articles are INSEE's (territory-names.ts); the forms of the collectivités are
// those of the code général des collectivités territoriales (« communauté de communes »,
// « communauté d’agglomération », « communauté urbaine », « métropole »).
import { fonctionAccordee, type Civilite } from '../format/civility';
import { curlyApostrophes, deElided, placeForms, type PlaceForms } from '../format/territory-names';
import { DEPARTEMENTS } from '../referentiel/departements';
import { findRegion } from '../referentiel/regions';
import { searchKey } from '../text/search-key';
import type { Collectivite } from './dossier-schema';

export type Genre = 'masculin' | 'feminin';

/** « représenté » / « représentée », « prêt » / « prête ». */
export function accorde(genre: Genre, masculin: string, feminin = `${masculin}e`): string {
  return genre === 'feminin' ? feminin : masculin;
}

export interface CollectiviteDesignations {
  genre: Genre;
  /** The name as documents print it alone (headers, footers): « Le Havre », « Département de la Loire-Atlantique ». */
  nom: string;
  /** « la commune du Havre », « le Département de la Loire-Atlantique », « la Région Bretagne », « l’Eurométropole de Strasbourg ». */
  sujet: string;
  /** « de la commune du Havre », « du Département de la Loire-Atlantique », « de l’Eurométropole de Strasbourg ». */
  de: string;
  /** « à la commune du Havre », « au Département de la Loire-Atlantique ». */
  a: string;
  /** After « le territoire »: « du Havre », « de la Loire-Atlantique », « de la région Bretagne ». */
  territoire: string;
  /** « Maire du Havre », « Présidente du conseil départemental de la Loire-Atlantique », « Présidente de l’Eurométropole de Strasbourg ». */
  titreRepresentant: string;
  /** « son maire », « sa présidente » (the collectivité's own representative). */
  roleRepresentant: string;
}

/** The official short forms of EPCI names (« CC du Pays de Fayence ») and their legal form. */
const EPCI_ABBREVIATIONS: Readonly<Record<string, string>> = {
  CC: 'communauté de communes',
  CA: 'communauté d’agglomération',
  CU: 'communauté urbaine',
  ME: 'métropole',
};

/**
 * « CC du Pays de Fayence » (or typed « cc du Pays de Fayence ») → « communauté de communes du
 * Pays de Fayence »; a legal form typed with its capital (« Communauté d’agglomération du Pays
 * Basque ») is written as the common noun it is; other names unchanged (« Métropole de Lyon »,
 * « Eurométropole de Strasbourg » are names of their own, capital kept).
 */
export function expandEpciName(nom: string): string {
  const name = curlyApostrophes(nom.trim()).replace(/^Coeur\b/, 'Cœur');
  const match = /^(CC|CA|CU|ME)\s+(.*)$/i.exec(name);
  if (match) return `${EPCI_ABBREVIATIONS[match[1]!.toUpperCase()]} ${match[2]!.replace(/\bCoeur\b/g, 'Cœur')}`;
  return name.replace(/^Communauté (?=de communes\b|d’agglomération\b|urbaine\b)/i, 'communauté ');
}

/** The TNCC a département's name takes: the dossier's, else the referential table's (by code, then name). */
function departementLiaison(code: string, nom: string, own: number | null | undefined): number | null {
  if (typeof own === 'number') return own;
  const known = DEPARTEMENTS[code] ?? Object.values(DEPARTEMENTS).find(([name]) => name === curlyApostrophes(nom));
  if (!known) return null;
  return ['de ', 'd’', 'du ', 'de la ', 'des ', 'de l’'].indexOf(known[1]);
}

/** A département's forms by its code (the préfecture's), from the shipped table: « de la Loire-Atlantique ». */
export function departementForms(code: string, nom: string): PlaceForms {
  const known = DEPARTEMENTS[code];
  return placeForms(known?.[0] ?? nom, departementLiaison(code, known?.[0] ?? nom, null));
}

/** A région's forms: « de Bretagne », « des Hauts-de-France », « d’Île-de-France ». */
export function regionForms(code: string, nom: string, own?: number | null): PlaceForms {
  const known = findRegion(code, nom);
  return placeForms(known?.[0] ?? nom, typeof own === 'number' ? own : (known?.[1] ?? null));
}

const FEMININE_HEAD = /^(communauté|métropole|eurométropole|agglomération)(?=[\s,]|$)/i;

/** An EPCI's article and gender from its written-out name. */
function epciDesignations(nom: string): Pick<CollectiviteDesignations, 'genre' | 'nom' | 'sujet' | 'de' | 'a'> {
  const name = expandEpciName(nom);
  const head = FEMININE_HEAD.exec(name);
  if (head) {
    // « la communauté de communes … », « l’Eurométropole de Strasbourg », « la Métropole de Lyon ».
    const elided = /^[aeiouyàâéèêîôû]/i.test(name);
    return {
      genre: 'feminin',
      nom: name.charAt(0).toUpperCase() + name.slice(1),
      sujet: elided ? `l’${name}` : `la ${name}`,
      de: elided ? `de l’${name}` : `de la ${name}`,
      a: elided ? `à l’${name}` : `à la ${name}`,
    };
  }
  // « Le Mans Métropole », « Le Havre Seine Métropole »: the article belongs to the city the name
  // holds, not to the établissement (below: a proper name, feminine, capital kept).
  const article = /Métropole$/u.test(name) ? null : /^(Le|La|Les|L’)\s?/.exec(name);
  if (article) {
    const forms = placeForms(name, null);
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    return {
      genre: article[1] === 'Le' ? 'masculin' : 'feminin',
      nom: name,
      sujet: lower,
      de: forms.de.replace(/ (La|Les|L’)/, (m) => m.toLowerCase()),
      a: forms.a.replace(/ (La|Les|L’)/, (m) => m.toLowerCase()),
    };
  }
  // « Bordeaux Métropole », « Angers Loire Métropole »: a proper name without article, feminine
  // as the établissement it names (« Nantes Métropole, représentée par sa présidente »).
  return { genre: 'feminin', nom: name, sujet: name, de: deElided(name), a: `à ${name}` };
}

/**
 * The régions of INSEE's list that are not régions in law but one collectivité holding the powers
 * of a région and a département, by their INSEE région code: their own name and executive
 * (Code général des collectivités territoriales: L4421-1 for Corse, L7111-1 for Guyane, L7211-1
 * for Martinique; loi n° 2010-1487 for the Département de Mayotte).
 */
const SINGLE_COLLECTIVITES: Readonly<Record<string, { nom: string; genre: 'masculin' | 'feminin'; executif: string }>> =
  {
    '94': { nom: 'Collectivité de Corse', genre: 'feminin', executif: 'du conseil exécutif de Corse' },
    '03': { nom: 'Collectivité territoriale de Guyane', genre: 'feminin', executif: 'de l’assemblée de Guyane' },
    '02': {
      nom: 'Collectivité territoriale de Martinique',
      genre: 'feminin',
      executif: 'du conseil exécutif de Martinique',
    },
    '06': { nom: 'Département de Mayotte', genre: 'masculin', executif: 'du conseil départemental de Mayotte' },
  };

/** The single collectivité a région entry names, when its name is the région's own (not another name typed over it). */
function singleCollectivite(code: string, nom: string) {
  const single = SINGLE_COLLECTIVITES[code];
  const region = findRegion(code, nom)?.[0] ?? '';
  return single && [region, single.nom].some((name) => searchKey(name) === searchKey(nom)) ? single : null;
}

type Named = Pick<Collectivite, 'type' | 'nom' | 'departement' | 'region' | 'representant'> & {
  typeLiaison?: number | null | undefined;
};

/** Every designation of the collectivité a document needs, agreed in gender. */
export function collectiviteDesignations(collectivite: Named): CollectiviteDesignations {
  const civilite: Civilite = collectivite.representant.civilite;
  const president = fonctionAccordee(civilite, 'Président');
  const feminineRepresentative = civilite === 'Madame';
  const role = (office: string) => `${feminineRepresentative ? 'sa' : 'son'} ${office}`;
  switch (collectivite.type) {
    case 'commune': {
      const place = placeForms(collectivite.nom, collectivite.typeLiaison);
      return {
        genre: 'feminin',
        nom: curlyApostrophes(collectivite.nom),
        sujet: `la commune ${place.de}`,
        de: `de la commune ${place.de}`,
        a: `à la commune ${place.de}`,
        territoire: place.de,
        titreRepresentant: `Maire ${place.de}`,
        roleRepresentant: role('maire'),
      };
    }
    case 'departement': {
      const place = placeForms(
        collectivite.nom,
        departementLiaison(collectivite.departement.code, collectivite.nom, collectivite.typeLiaison),
      );
      return {
        genre: 'masculin',
        nom: `Département ${place.de}`,
        sujet: `le Département ${place.de}`,
        de: `du Département ${place.de}`,
        a: `au Département ${place.de}`,
        territoire: place.de,
        titreRepresentant: `${president} du conseil départemental ${place.de}`,
        roleRepresentant: role(feminineRepresentative ? 'présidente' : 'président'),
      };
    }
    case 'region': {
      const nom = curlyApostrophes(collectivite.nom);
      const place = regionForms(collectivite.region.code, nom, collectivite.typeLiaison);
      const single = singleCollectivite(collectivite.region.code, nom);
      if (single) {
        const masculine = single.genre === 'masculin';
        return {
          genre: single.genre,
          nom: single.nom,
          sujet: `${masculine ? 'le' : 'la'} ${single.nom}`,
          de: `${masculine ? 'du' : 'de la'} ${single.nom}`,
          a: `${masculine ? 'au' : 'à la'} ${single.nom}`,
          territoire: place.de,
          titreRepresentant: `${president} ${single.executif}`,
          roleRepresentant: role(feminineRepresentative ? 'présidente' : 'président'),
        };
      }
      return {
        genre: 'feminin',
        nom: `Région ${nom}`,
        sujet: `la Région ${nom}`,
        de: `de la Région ${nom}`,
        a: `à la Région ${nom}`,
        territoire: `de la région ${nom}`,
        titreRepresentant: `${president} du conseil régional ${place.de}`,
        roleRepresentant: role(feminineRepresentative ? 'présidente' : 'président'),
      };
    }
    default: {
      const epci = epciDesignations(collectivite.nom);
      return {
        ...epci,
        territoire: epci.de,
        titreRepresentant: `${president} ${epci.de}`,
        roleRepresentant: role(feminineRepresentative ? 'présidente' : 'président'),
      };
    }
  }
}
