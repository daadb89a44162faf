// The summary rows are a cache of the views made by today's code: made again at the open that
// follows an upgrade (or a new summary version), keeping each dossier's revision, and left alone
// otherwise.
import { describe, expect, it } from 'vitest';
import { CtaiDatabase } from '../../../renderer/db/database';
import { editDossier, storeDossiers } from '../../../renderer/db/dossiers-repository';
import { rebuildStaleSummaryRows } from '../../../renderer/db/summary-rows';
import { demoDossiers } from '../helpers/demo';
import { testContext } from '../helpers/test-context';

describe('summary rows', () => {
  it('are made again from the views when the database was upgraded, with their revisions', async () => {
    const name = `rows-${Date.now()}`;
    const db = new CtaiDatabase(name);
    const context = testContext({ db });
    const dossiers = demoDossiers({ count: 3, seed: 11 });
    await storeDossiers(context, dossiers);
    await editDossier(context, dossiers[0]!.id, [{ op: 'set', path: ['diagnostic', 'synthese'], value: 'x' }], 's');
    const before = await db.dossiers.orderBy('id').toArray();
    expect(await rebuildStaleSummaryRows(db)).toBe(false);

    // As an upgrade leaves them: rows of another day, and a mark of another schema version.
    await db.dossiers.toCollection().modify((row) => {
      row.nom = 'ancien résumé';
    });
    await db.settings.put({ key: 'summary-rows', value: { rows: 1, schema: db.verno - 1 } });
    db.close();
    const reopened = new CtaiDatabase(name);
    expect(await reopened.dossiers.orderBy('id').toArray()).toEqual(before);
    expect(before.find((row) => row.id === dossiers[0]!.id)!.rev).toBe(2);
    await reopened.delete();
  });
});
