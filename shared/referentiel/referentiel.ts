// The official list of collectivités (communes, EPCI, départements, régions) from
// @etalab/decoupage-administratif, reduced to what a dossier needs, and searched by name or code.
import type { CollectiviteType } from '../dossier/collectivite-type';
import { placeForms } from '../format/territory-names';
import { searchKey } from '../text/search-key';

export interface ReferentielEntry {
  type: CollectiviteType;
  nom: string;
  codeInsee: string;
  siren: string;
  /** `charniere`: how the name follows "de" in French ("de l’", "du ", "de la "…), for "Préfet de l’Isère". */
  departement: { code: string; nom: string; charniere: string };
  arrondissement: string;
  region: { code: string; nom: string };
  population: number | null;
  /**
   * « Sous-préfecture du Havre » for a commune of an arrondissement whose chef-lieu is not the
   * préfecture's (the sous-préfet of that arrondissement acts for the collectivité); '' otherwise.
   */
  sousPrefecture: string;
  /** INSEE's type de nom en clair of `nom` (communes, départements, régions); null for EPCI. */
  typeLiaison: number | null;
  /** The commune where the collectivité sits (for a région, its préfecture's). */
  chefLieu: string;
}

/** The package's raw files, as far as we read them. */
export interface RawDecoupage {
  communes: {
    code: string;
    nom: string;
    type: string;
    departement?: string;
    region?: string;
    arrondissement?: string;
    siren?: string;
    population?: number;
    typeLiaison?: number;
  }[];
  epci: { code: string; nom: string; type: string; populationTotale?: number; membres: { code: string }[] }[];
  departements: { code: string; nom: string; region: string; typeLiaison?: number; chefLieu?: string }[];
  regions: { code: string; nom: string; chefLieu?: string; typeLiaison?: number }[];
  arrondissements: { code: string; nom: string; chefLieu?: string; typeLiaison?: number }[];
}

// INSEE's "type de nom en clair" says which article a name takes.
const CHARNIERES = ['de ', 'd’', 'du ', 'de la ', 'des ', 'de l’', 'des ', 'de las ', 'de los '];

export function charniere(typeLiaison: number | undefined): string {
  return CHARNIERES[typeLiaison ?? 0] ?? 'de ';
}

const EPCI_TYPES: Record<string, CollectiviteType> = {
  CC: 'communaute-de-communes',
  CA: 'communaute-d-agglomeration',
  CU: 'communaute-urbaine',
  METRO: 'metropole',
  MET69: 'metropole',
};

/**
 * Whether a code of the referential's régions is a région's. INSEE numbers the eighteen régions
 * with two digits (01–06 overseas, 11–94 in metropolitan France, COG); the package adds the
 * overseas collectivités (Saint-Pierre-et-Miquelon, Wallis et Futuna, Polynésie française…) as
 * three-digit « régions » and « départements » of their own: they are neither, and no CTAI is
 * signed with them as such, so they are left out of the list offered.
 */
export function isRealRegionCode(code: string): boolean {
  return /^\d{2}$/.test(code);
}

export function compactReferentiel(fullRaw: RawDecoupage): ReferentielEntry[] {
  const raw: RawDecoupage = {
    ...fullRaw,
    regions: fullRaw.regions.filter((region) => isRealRegionCode(region.code)),
    departements: fullRaw.departements.filter((departement) => isRealRegionCode(departement.region)),
  };
  const regions = new Map(raw.regions.map((region) => [region.code, region.nom]));
  const departements = new Map(raw.departements.map((departement) => [departement.code, departement]));
  const arrondissements = new Map(
    raw.arrondissements.map((arrondissement) => [arrondissement.code, arrondissement.nom]),
  );
  // An arrondissement has a sous-préfecture unless its chef-lieu is the département's (the préfecture).
  const sousPrefectures = new Map(
    raw.arrondissements
      .filter((arrondissement) => {
        const chefLieu = departements.get(arrondissement.code.slice(0, arrondissement.code.length - 1))?.chefLieu;
        return arrondissement.chefLieu !== undefined && chefLieu !== undefined && arrondissement.chefLieu !== chefLieu;
      })
      .map((arrondissement) => [
        arrondissement.code,
        `Sous-préfecture ${placeForms(arrondissement.nom, arrondissement.typeLiaison).de}`,
      ]),
  );
  const communes = raw.communes.filter((commune) => commune.type === 'commune-actuelle');
  const communeByCode = new Map(communes.map((commune) => [commune.code, commune]));
  const communeDepartement = new Map(communes.map((commune) => [commune.code, commune.departement ?? '']));
  const communeName = (code: string | undefined) => (code ? (communeByCode.get(code)?.nom ?? '') : '');
  const place = (departementCode: string) => {
    const departement = departements.get(departementCode);
    const regionCode = departement?.region ?? '';
    return {
      departement: {
        code: departementCode,
        nom: departement?.nom ?? '',
        charniere: charniere(departement?.typeLiaison),
      },
      region: { code: regionCode, nom: regions.get(regionCode) ?? '' },
    };
  };
  const populationOf = (key: 'departement' | 'region', code: string) =>
    communes.reduce((sum, commune) => (commune[key] === code ? sum + (commune.population ?? 0) : sum), 0);
  const entries: ReferentielEntry[] = [];
  for (const region of raw.regions) {
    entries.push({
      type: 'region',
      nom: region.nom,
      codeInsee: '',
      siren: '',
      arrondissement: '',
      population: populationOf('region', region.code),
      sousPrefecture: '',
      typeLiaison: region.typeLiaison ?? null,
      chefLieu: communeName(region.chefLieu),
      // A région's State representative is the préfet of its chef-lieu's département.
      ...place(communeDepartement.get(region.chefLieu ?? '') ?? ''),
    });
  }
  for (const departement of raw.departements) {
    entries.push({
      type: 'departement',
      nom: departement.nom,
      codeInsee: '',
      siren: '',
      arrondissement: '',
      population: populationOf('departement', departement.code),
      sousPrefecture: '',
      typeLiaison: departement.typeLiaison ?? null,
      chefLieu: communeName(departement.chefLieu),
      ...place(departement.code),
    });
  }
  for (const epci of raw.epci) {
    const type = EPCI_TYPES[epci.type];
    if (!type) continue;
    // An EPCI lies in the département of most of its member communes.
    const counts = new Map<string, number>();
    for (const membre of epci.membres) {
      const code = communeDepartement.get(membre.code);
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const departementCode = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    // The seat is not in the data: take the most populous member commune.
    const seat = epci.membres
      .map((membre) => communeByCode.get(membre.code))
      .reduce<RawDecoupage['communes'][number] | undefined>(
        (best, commune) => (commune && (commune.population ?? 0) > (best?.population ?? -1) ? commune : best),
        undefined,
      );
    entries.push({
      type,
      nom: epci.nom,
      codeInsee: '',
      siren: epci.code,
      arrondissement: '',
      population: epci.populationTotale ?? null,
      sousPrefecture: '',
      typeLiaison: null,
      chefLieu: seat?.nom ?? '',
      ...place(departementCode),
    });
  }
  for (const commune of communes) {
    entries.push({
      type: 'commune',
      nom: commune.nom,
      codeInsee: commune.code,
      siren: commune.siren ?? '',
      arrondissement: arrondissements.get(commune.arrondissement ?? '') ?? '',
      population: commune.population ?? null,
      sousPrefecture: sousPrefectures.get(commune.arrondissement ?? '') ?? '',
      typeLiaison: commune.typeLiaison ?? null,
      chefLieu: commune.nom,
      ...place(commune.departement ?? ''),
    });
  }
  return entries;
}

export interface ReferentielIndex {
  entries: readonly ReferentielEntry[];
  keys: readonly string[];
}

export function indexReferentiel(entries: readonly ReferentielEntry[]): ReferentielIndex {
  return { entries, keys: entries.map((entry) => searchKey(entry.nom)) };
}

/**
 * Entries matching a name (accents and case ignored; names starting with the query first) or a
 * code (INSEE, SIREN or département); larger populations first among equals.
 */
export function searchReferentiel(index: ReferentielIndex, query: string, limit = 10): ReferentielEntry[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const scored: { entry: ReferentielEntry; score: number }[] = [];
  if (/^[0-9][0-9AB]*$/i.test(trimmed)) {
    const code = trimmed.toUpperCase();
    index.entries.forEach((entry) => {
      if (entry.codeInsee === code || entry.siren === code) scored.push({ entry, score: 0 });
      else if (entry.codeInsee.startsWith(code) || entry.siren.startsWith(code)) scored.push({ entry, score: 1 });
      else if (entry.type === 'departement' && entry.departement.code === code) scored.push({ entry, score: 0 });
    });
  } else {
    const key = searchKey(trimmed);
    index.keys.forEach((name, position) => {
      const entry = index.entries[position]!;
      if (name === key) scored.push({ entry, score: 0 });
      else if (name.startsWith(key)) scored.push({ entry, score: 1 });
      else if (name.includes(key)) scored.push({ entry, score: 2 });
    });
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        (b.entry.population ?? 0) - (a.entry.population ?? 0) ||
        a.entry.nom.localeCompare(b.entry.nom, 'fr'),
    )
    .slice(0, limit)
    .map(({ entry }) => entry);
}

export function findByCode(index: ReferentielIndex, code: string): ReferentielEntry | undefined {
  return index.entries.find((entry) => entry.codeInsee === code || entry.siren === code);
}

/** A compact form of the list for shipping to the renderer: rows of values, names of places once. */
export interface PackedReferentiel {
  departements: Record<string, [nom: string, region: string, charniere: string]>;
  regions: Record<string, string>;
  rows: [
    type: CollectiviteType,
    nom: string,
    codeInsee: string,
    siren: string,
    departement: string,
    region: string,
    arrondissement: string,
    population: number | null,
    chefLieu: string,
    typeLiaison?: number | null,
    sousPrefecture?: string,
  ][];
}

export function packReferentiel(entries: readonly ReferentielEntry[]): PackedReferentiel {
  const packed: PackedReferentiel = { departements: {}, regions: {}, rows: [] };
  for (const entry of entries) {
    if (entry.departement.code)
      packed.departements[entry.departement.code] = [
        entry.departement.nom,
        entry.region.code,
        entry.departement.charniere,
      ];
    if (entry.region.code) packed.regions[entry.region.code] = entry.region.nom;
    packed.rows.push([
      entry.type,
      entry.nom,
      entry.codeInsee,
      entry.siren,
      entry.departement.code,
      entry.region.code,
      entry.arrondissement,
      entry.population,
      entry.chefLieu,
      entry.typeLiaison,
      entry.sousPrefecture,
    ]);
  }
  return packed;
}

export function unpackReferentiel(packed: PackedReferentiel): ReferentielEntry[] {
  return packed.rows.map(
    ([
      type,
      nom,
      codeInsee,
      siren,
      departement,
      region,
      arrondissement,
      population,
      chefLieu,
      typeLiaison,
      sousPrefecture,
    ]) => ({
      type,
      nom,
      codeInsee,
      siren,
      departement: {
        code: departement,
        nom: packed.departements[departement]?.[0] ?? '',
        charniere: packed.departements[departement]?.[2] ?? '',
      },
      region: { code: region, nom: packed.regions[region] ?? '' },
      arrondissement,
      population,
      sousPrefecture: sousPrefecture ?? '',
      typeLiaison: typeLiaison ?? null,
      chefLieu,
    }),
  );
}
