// The préfecture's details before any is set: apart from their schema (prefecture-defaults.ts)
// so that reading the settings at start does not build the dossier schemas.
import type { PrefectureDefaults } from './prefecture-defaults';

export const EMPTY_PREFECTURE_DEFAULTS: PrefectureDefaults = {
  departementCode: '',
  prefectureNom: '',
  prefectureAdresse: '',
  siret: '',
  prefet: { civilite: '', prenom: '', nom: '' },
  sousPrefectureNom: '',
  sousPrefectureAdresse: '',
  tauxAvance: '50',
};
