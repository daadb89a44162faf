// Names of places in running French: which article a name takes and how « de » and « à » join
// it (« du Havre », « au Havre », « de la Loire-Atlantique », « d’Aurillac », « de La Flèche »).
//
// Source of the rule: INSEE's *type de nom en clair* (TNCC), shipped as `typeLiaison` for every
// commune, arrondissement, département and région by @etalab/decoupage-administratif:
//   0 « de Grenoble »   1 « d’Aurillac »   2 « du Havre » (Le)   3 « de La Flèche » (La)
//   4 « des Mureaux » (Les)   5 « de L’Isle-Adam » (L’)   6 « des … » (Aux)   7 « de Las … »
//   8 « de Los … »
// A commune's official name holds its article (« Le Havre »); a département's or région's does
// not (« Loire-Atlantique », TNCC 3): the article is then added (« la Loire-Atlantique »).

/** INSEE's type de nom en clair, 0 to 8. */
export type TypeLiaison = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export const TYPE_LIAISON_MAX = 8;

/** Straight apostrophes of the official lists become the typographic one, in names as in prose. */
export function curlyApostrophes(name: string): string {
  return name.replace(/'/g, '’');
}

// An h is not counted: place names with an aspirated h (« de Haguenau », « de Honfleur ») are
// the more common, and the referential gives the others (« d’Hyères ») their TNCC.
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;

/** The article each TNCC names, as written before the name. */
const ARTICLES: Readonly<Record<TypeLiaison, string>> = {
  0: '',
  1: '',
  2: 'Le ',
  3: 'La ',
  4: 'Les ',
  5: 'L’',
  6: 'Aux ',
  7: 'Las ',
  8: 'Los ',
};

/**
 * The TNCC a name's own leading article implies, for names typed by hand and EPCI (which the
 * official list gives none): « Le Havre » 2, « La Flèche » 3, « Les Mureaux » 4, « L’Isle-Adam » 5,
 * « Aurillac » 1 (vowel), « Grenoble » 0.
 */
export function liaisonFromName(name: string): TypeLiaison {
  const nom = curlyApostrophes(name.trim());
  if (/^Le\s/i.test(nom)) return 2;
  if (/^La\s/i.test(nom)) return 3;
  if (/^Les\s/i.test(nom)) return 4;
  if (/^L’/i.test(nom)) return 5;
  if (/^Aux\s/i.test(nom)) return 6;
  if (/^Las\s/i.test(nom)) return 7;
  if (/^Los\s/i.test(nom)) return 8;
  return VOWEL.test(nom) ? 1 : 0;
}

/**
 * A valid TNCC, or the one the name implies. A name that holds its article (« Le Havre », « Les
 * Mureaux ») can take no other: its article wins over a stored TNCC that contradicts it (a file
 * edited by hand, a name changed after it was picked from the list), never « de Le Havre ».
 */
export function liaisonOf(name: string, typeLiaison: number | null | undefined): TypeLiaison {
  const fromName = liaisonFromName(name);
  if (fromName >= 2) return fromName;
  return typeof typeLiaison === 'number' && Number.isInteger(typeLiaison) && typeLiaison >= 0 && typeLiaison <= 8
    ? (typeLiaison as TypeLiaison)
    : fromName;
}

/** A place's name and how French joins it. */
export interface PlaceForms {
  /** The name with its article, as the subject of a sentence: « Le Havre », « la Loire-Atlantique », « Bretagne ». */
  avecArticle: string;
  /** « du Havre », « de la Loire-Atlantique », « d’Aurillac », « de La Flèche », « de Bretagne ». */
  de: string;
  /** « au Havre », « à la Loire-Atlantique », « à Aurillac », « aux Mureaux ». */
  a: string;
}

/**
 * The forms of a place's name. `typeLiaison` is the referential's (or null: derived from the
 * name). Whether the article is part of the name is read from the name itself: « Le Havre »
 * (TNCC 2) holds it, « Calvados » (TNCC 2) does not.
 */
export function placeForms(name: string, typeLiaison: number | null | undefined): PlaceForms {
  const nom = curlyApostrophes(name.trim());
  const tncc = liaisonOf(nom, typeLiaison);
  const article = ARTICLES[tncc];
  const inName = article !== '' && nom.toLowerCase().startsWith(article.toLowerCase());
  const bare = inName ? nom.slice(article.length) : nom;
  switch (tncc) {
    case 0:
      return { avecArticle: nom, de: `de ${nom}`, a: `à ${nom}` };
    case 1:
      return { avecArticle: nom, de: `d’${nom}`, a: `à ${nom}` };
    case 2:
      return { avecArticle: inName ? nom : `le ${bare}`, de: `du ${bare}`, a: `au ${bare}` };
    case 4:
      return { avecArticle: inName ? nom : `les ${bare}`, de: `des ${bare}`, a: `aux ${bare}` };
    case 6:
      return { avecArticle: nom, de: `des ${bare}`, a: `aux ${bare}` };
    case 3:
    case 5:
    case 7:
    case 8: {
      // Not contracted: the article keeps its capital when it belongs to the name (« de La Flèche »).
      const withArticle = inName ? nom : `${article.toLowerCase()}${bare}`;
      return { avecArticle: withArticle, de: `de ${withArticle}`, a: `à ${withArticle}` };
    }
  }
}

/** « de » before any noun phrase, elided before a vowel: « d’Angers », « de Tours ». */
export function deElided(phrase: string): string {
  return VOWEL.test(phrase) ? `d’${phrase}` : `de ${phrase}`;
}

/**
 * The commune a place of signature names, without what postal addresses add to it: « Le Havre
 * Cedex » and « Nantes Cedex 1 » are delivery offices (La Poste's CEDEX), not places where an act
 * is made; « Fait à Nantes », « Le Havre, le … ». A leading postal code (« 76600 Le Havre ») goes
 * too. Any case of « cedex » is recognised.
 */
export function communeOfPlace(place: string): string {
  return place
    .trim()
    .replace(/^\d{5}\s+/, '')
    .replace(/\s+cedex(\s+\d{1,3})?\s*$/iu, '')
    .trim();
}
