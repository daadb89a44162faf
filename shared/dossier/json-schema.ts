// The JSON Schema of the dossier exchange format, generated from the runtime schema.
import { z } from 'zod';
import { dossierSchema } from './dossier-schema';

export function dossierJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(dossierSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://contrats-ctai.interieur.gouv.fr/schemas/dossier.schema.json',
    title: 'Dossier CTAI (format d’échange)',
  };
}
