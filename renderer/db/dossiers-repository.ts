// The only way to write a dossier. Screens read with live queries and write through here.
import { validateNewDossier, type FieldErrors, type NewDossierInput } from '../../shared/dossier/new-dossier';
import { searchKey } from '../../shared/text/search-key';
import type { CtaiDatabase } from './database';
import type { DossierRecord } from './records';

export type CreateDossierResult =
  { ok: true; dossier: DossierRecord } | { ok: false; errors: FieldErrors<NewDossierInput> };

export interface RepositoryContext {
  db: CtaiDatabase;
  now: () => Date;
  newId: () => string;
}

export async function createDossier(context: RepositoryContext, input: unknown): Promise<CreateDossierResult> {
  const validation = validateNewDossier(input);
  if (!validation.ok) return validation;
  const timestamp = context.now().toISOString();
  const dossier: DossierRecord = {
    id: context.newId(),
    nom: validation.value.nom,
    nomKey: searchKey(validation.value.nom),
    type: validation.value.type,
    createdAt: timestamp,
    updatedAt: timestamp,
  };
  await context.db.dossiers.add(dossier);
  return { ok: true, dossier };
}

export function listDossiers(db: CtaiDatabase): Promise<DossierRecord[]> {
  return db.dossiers.orderBy('nomKey').toArray();
}
