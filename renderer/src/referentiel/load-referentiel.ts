// The official list, loaded on first use (its chunk is large) and indexed once.
import { indexReferentiel, unpackReferentiel, type ReferentielIndex } from '../../../shared/referentiel/referentiel';

let loading: Promise<ReferentielIndex> | null = null;

export function loadReferentiel(): Promise<ReferentielIndex> {
  loading ??= import('virtual:ctai-referentiel')
    .then((module) => indexReferentiel(unpackReferentiel(module.default)))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
