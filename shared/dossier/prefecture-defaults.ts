// The préfecture's own details, set once in Paramètres and copied into every new dossier's
// State side (documents read them from the dossier).
import { z } from 'zod';
import { checkedSiret, civilite, codeDepartement, optional, text } from './schema-primitives';
import type { Dossier } from './dossier-schema';
import { field } from './field-meta';
import { validateWith, type Validated } from './validation';

export const prefectureDefaultsSchema = z.object({
  departementCode: field(optional(codeDepartement()), 'Code du département'),
  prefectureNom: field(text(120), 'Nom de la préfecture'),
  prefectureAdresse: field(text(250), 'Adresse de la préfecture'),
  /**
   * The préfecture's SIRET: the open data of the conventions (décret n° 2017-779) names the State
   * that grants by it (idAttribuant). Absent from settings saved before it: empty.
   */
  siret: field(optional(checkedSiret()).default(''), 'SIRET de la préfecture'),
  prefet: field(
    z.object({
      civilite: field(optional(civilite()), 'Civilité du préfet'),
      prenom: field(text(80), 'Prénom du préfet'),
      nom: field(text(80), 'Nom du préfet'),
    }),
    'Préfet',
  ),
  sousPrefectureNom: field(text(120), 'Nom de la sous-préfecture'),
  sousPrefectureAdresse: field(text(250), 'Adresse de la sous-préfecture'),
  /** Percent of each year's amount paid as an advance at the signature of its act (domain: 50 by default). */
  tauxAvance: field(
    z
      .string()
      .trim()
      .regex(/^(100|[1-9]?\d)$/, { error: 'doit être un pourcentage entier entre 0 et 100' })
      .default('50'),
    'Part versée en avance (%)',
  ),
});

export type PrefectureDefaults = z.infer<typeof prefectureDefaultsSchema>;

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
