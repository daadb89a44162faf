// The list's reads: the count with the first rows by name, and every row; both followed by a
// live query (the Dossiers screen shows a change without a reload), the full read included
// though it runs in a transaction of its own to escape Dexie's copying cache.
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { firstDossiersByName, listDossiers } from '../../../renderer/db/dossier-list';
import { storeDossiers } from '../../../renderer/db/dossiers-repository';
import type { DossierRow } from '../../../renderer/db/records';
import { FIRST_ROWS, readFirstRowsAtStart, takeFirstRowsReadAtStart } from '../../../renderer/src/dossiers/first-rows';
import { demoDossiers } from '../helpers/demo';
import { testContext } from '../helpers/test-context';

/** The values a live query gives, until `count` of them. */
function firstValues<T>(query: () => Promise<T>, count: number, afterFirst: () => Promise<void>): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const values: T[] = [];
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        values.push(value);
        if (values.length === 1) afterFirst().catch(reject);
        if (values.length === count) {
          subscription.unsubscribe();
          resolve(values);
        }
      },
      error: reject,
    });
  });
}

describe('the Dossiers list reads', () => {
  it('give the count and the first rows by name', async () => {
    const context = testContext();
    await storeDossiers(context, demoDossiers({ count: 8, seed: 3 }));
    const { total, rows } = await firstDossiersByName(context.db, 5);
    const all = await listDossiers(context.db);
    expect(total).toBe(8);
    expect(rows.map((row) => row.nomKey)).toEqual(
      all
        .map((row) => row.nomKey)
        .sort()
        .slice(0, 5),
    );
  });

  it('are followed by a live query: a dossier stored after the first answer is in the next', async () => {
    const context = testContext();
    const [first, second] = demoDossiers({ count: 2, seed: 5 });
    await storeDossiers(context, [first!]);
    const values = await firstValues<DossierRow[]>(
      () => listDossiers(context.db),
      2,
      () => storeDossiers(context, [second!]),
    );
    expect(values.map((rows) => rows.map((row) => row.id).sort())).toEqual([
      [first!.id],
      [first!.id, second!.id].sort(),
    ]);
  });

  it('read at start are given once, to the screen shown at start', async () => {
    const context = testContext();
    await storeDossiers(context, demoDossiers({ count: 3, seed: 7 }));
    await readFirstRowsAtStart(context.db);
    const taken = takeFirstRowsReadAtStart();
    expect(taken?.total).toBe(3);
    expect(taken?.rows).toHaveLength(Math.min(3, FIRST_ROWS));
    expect(takeFirstRowsReadAtStart()).toBeUndefined();
  });
});
