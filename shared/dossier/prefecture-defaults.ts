// The préfecture's own details, set once in Paramètres and copied into every new dossier's
// State side (documents read them from the dossier).
import { z } from 'zod';
import { checkedSiret, civilite, codeDepartement, optional, text } from './schema-primitives';
import type { Dossier } from './dossier-schema';
import { validateWith, type Validated } from './validation';

export const prefectureDefaultsSchema = z.object({
  departementCode: optional(codeDepartement()),
  prefectureNom: text(120),
  prefectureAdresse: text(250),
  /**
   * The préfecture's SIRET: the open data of the conventions (décret n° 2017-779) names the State
   * that grants by it (idAttribuant). Absent from settings saved before it: empty.
   */
  siret: optional(checkedSiret()).default(''),
  prefet: z.object({
    civilite: optional(civilite()),
    prenom: text(80),
    nom: text(80),
  }),
  sousPrefectureNom: text(120),
  sousPrefectureAdresse: text(250),
  /** Percent of each year's amount paid as an advance at the signature of its act (domain: 50 by default). */
  tauxAvance: z
    .string()
    .trim()
    .regex(/^(100|[1-9]?\d)$/, { error: 'doit être un pourcentage entier entre 0 et 100' })
    .default('50'),
});

export type PrefectureDefaults = z.infer<typeof prefectureDefaultsSchema>;

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

export function validatePrefectureDefaults(input: unknown): Validated<PrefectureDefaults> {
  return validateWith(prefectureDefaultsSchema, input);
}

/** Fills the State side of a new dossier with the préfecture's details, where they are set. */
export function applyPrefectureDefaults(dossier: Dossier, defaults: PrefectureDefaults): Dossier {
  const { etat } = dossier;
  const pick = (own: string, fallback: string) => fallback || own;
  return {
    ...dossier,
    etat: {
      ...etat,
      prefecture: {
        departementCode: pick(etat.prefecture.departementCode, defaults.departementCode),
        nom: pick(etat.prefecture.nom, defaults.prefectureNom),
        adresse: pick(etat.prefecture.adresse, defaults.prefectureAdresse),
      },
      sousPrefecture: {
        nom: pick(etat.sousPrefecture.nom, defaults.sousPrefectureNom),
        adresse: pick(etat.sousPrefecture.adresse, defaults.sousPrefectureAdresse),
      },
      signataire: defaults.prefet.nom ? { ...etat.signataire, ...defaults.prefet } : etat.signataire,
      // The préfet in person, addressed by letters even when a sous-préfet signs.
      prefet: defaults.prefet.nom || defaults.prefet.civilite ? { ...defaults.prefet } : etat.prefet,
    },
    contrat: { ...dossier.contrat, tauxAvance: Number(defaults.tauxAvance) },
  };
}
