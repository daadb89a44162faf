// Demo dossiers for tests, from the real official list.
import { loadReferentiel } from '../../../cli/referentiel-node';
import { generateDemoDossiers, type DemoOptions } from '../../../shared/demo/generate-demo';

export function demoDossiers(options: Partial<DemoOptions> = {}) {
  return generateDemoDossiers(loadReferentiel().entries, { count: 8, seed: 7, ...options });
}
