// The régions with their INSEE type de nom en clair and the département of their chef-lieu (whose
// préfet is the préfet de région), from @etalab/decoupage-administratif 6.0.0 (regions.json,
// communes.json), kept here so that documents need no loading of the full list.
import type { TypeLiaison } from '../format/territory-names';

export const REGIONS: Readonly<
  Record<string, readonly [nom: string, typeLiaison: TypeLiaison, departementChefLieu: string]>
> = {
  '01': ['Guadeloupe', 3, '971'],
  '02': ['Martinique', 3, '972'],
  '03': ['Guyane', 3, '973'],
  '04': ['La Réunion', 0, '974'],
  '06': ['Mayotte', 0, '976'],
  '11': ['Île-de-France', 1, '75'],
  '24': ['Centre-Val de Loire', 2, '45'],
  '27': ['Bourgogne-Franche-Comté', 0, '21'],
  '28': ['Normandie', 0, '76'],
  '32': ['Hauts-de-France', 4, '59'],
  '44': ['Grand Est', 2, '67'],
  '52': ['Pays de la Loire', 4, '44'],
  '53': ['Bretagne', 0, '35'],
  '75': ['Nouvelle-Aquitaine', 3, '33'],
  '76': ['Occitanie', 1, '31'],
  '84': ['Auvergne-Rhône-Alpes', 1, '69'],
  '93': ['Provence-Alpes-Côte d’Azur', 0, '13'],
  '94': ['Corse', 0, '2A'],
};

/** The région of a code, else of a name (accents and apostrophes as typed), else undefined. */
export function findRegion(code: string, nom: string): (typeof REGIONS)[string] | undefined {
  const byCode = REGIONS[code];
  if (byCode) return byCode;
  const wanted = nom.replace(/'/g, '’').trim().toLowerCase();
  return Object.values(REGIONS).find(([name]) => name.toLowerCase() === wanted);
}
