import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CtaiDatabase } from '../../../renderer/db/database';
import { createDossier, listDossiers } from '../../../renderer/db/dossiers-repository';

let counter = 0;
const databases: CtaiDatabase[] = [];

function freshContext() {
  const db = new CtaiDatabase(`test-${++counter}`);
  databases.push(db);
  let id = 0;
  return { db, now: () => new Date('2026-03-01T09:00:00Z'), newId: () => `dossier-${++id}` };
}

afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

describe('dossiers repository', () => {
  it('stores a valid dossier and lists dossiers by name, accents ignored', async () => {
    const context = freshContext();
    await createDossier(context, { nom: 'Tours', type: 'commune' });
    await createDossier(context, { nom: 'Éure-et-Loir', type: 'departement' });
    const result = await createDossier(context, { nom: 'Angers Loire Métropole', type: 'communaute-urbaine' });
    expect(result.ok).toBe(true);
    const names = (await listDossiers(context.db)).map((dossier) => dossier.nom);
    expect(names).toEqual(['Angers Loire Métropole', 'Éure-et-Loir', 'Tours']);
    expect((await context.db.dossiers.get('dossier-1'))?.createdAt).toBe('2026-03-01T09:00:00.000Z');
  });

  it('stores nothing when the input is invalid', async () => {
    const context = freshContext();
    const result = await createDossier(context, { nom: '', type: 'commune' });
    expect(result).toEqual({ ok: false, errors: { nom: 'Le nom de la collectivité est obligatoire.' } });
    expect(await context.db.dossiers.count()).toBe(0);
  });
});
