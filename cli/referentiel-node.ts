// Loads the official list from the installed package, for the command line and tests.
import { createRequire } from 'node:module';
import {
  compactReferentiel,
  indexReferentiel,
  type RawDecoupage,
  type ReferentielIndex,
} from '../shared/referentiel/referentiel';

const require = createRequire(import.meta.url);
let cached: ReferentielIndex | null = null;

export function readRawDecoupage(): RawDecoupage {
  const data = (name: string) => require(`@etalab/decoupage-administratif/data/${name}.json`);
  return {
    communes: data('communes'),
    epci: data('epci'),
    departements: data('departements'),
    regions: data('regions'),
    arrondissements: data('arrondissements'),
  };
}

export function loadReferentiel(): ReferentielIndex {
  cached ??= indexReferentiel(compactReferentiel(readRawDecoupage()));
  return cached;
}
