// What an agent gives to open a dossier: the collectivité's name and type, and the dossier's form.
import { z } from 'zod';
import { cleanXmlText } from '../text/xml-text';
import { normalizeLine } from '../documents/text-normalization';
import { COLLECTIVITE_TYPES } from './collectivite-type';
import { FORMES } from './workflow-steps';

export const newDossierSchema = z.object({
  nom: z
    .string({ error: 'Le nom de la collectivité est obligatoire.' })
    // One line, without the invisible characters that would reverse or hide the name (input-values.ts).
    .overwrite((value) => normalizeLine(cleanXmlText(value)))
    .min(1, 'Le nom de la collectivité est obligatoire.')
    .max(150, 'Le nom de la collectivité ne doit pas dépasser 150 caractères.'),
  type: z.enum(COLLECTIVITE_TYPES, { error: 'Choisissez le type de collectivité dans la liste.' }),
  /** Contract (CTAI) or projet territorial (PTAI); a contract when not said. */
  forme: z
    .enum(FORMES, { error: 'Choisissez la forme du dossier : contrat (CTAI) ou projet territorial (PTAI).' })
    .default('ctai'),
});

export type NewDossierInput = z.infer<typeof newDossierSchema>;

export type FieldErrors<T> = Partial<Record<keyof T, string>>;

/** Validates untrusted form input; on failure gives one French message per field. */
export function validateNewDossier(
  input: unknown,
): { ok: true; value: NewDossierInput } | { ok: false; errors: FieldErrors<NewDossierInput> } {
  const result = newDossierSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors<NewDossierInput> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof NewDossierInput | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}
