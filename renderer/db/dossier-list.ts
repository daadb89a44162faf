// The summary rows' reads that the Dossiers list and the dashboard open on. Apart from the
// repository (dossiers-repository.ts) so that the start-up code does not
// load Automerge and the dossier schemas, which these reads do not need.
import type { CtaiDatabase } from './database';
import type { DossierRow } from './records';

/**
 * Every summary row, in key order. In a transaction of its own: in a live query, Dexie's cache
 * deep-copies what a read outside any transaction returns, 100 to 200 ms for 10 000 rows, on top
 * of the read itself, while the screen does not respond; a read in an explicit transaction is
 * not cached (and still followed by the live query).
 */
export function listDossiers(db: CtaiDatabase): Promise<DossierRow[]> {
  return db.transaction('r', db.dossiers, () => db.dossiers.toArray());
}

/** How many dossiers are stored, and the first `limit` of them by name. */
export interface FirstDossiers {
  total: number;
  rows: DossierRow[];
}

/** The number of dossiers and the first `limit` rows by name (an index read: its time does not grow with the count). */
export async function firstDossiersByName(db: CtaiDatabase, limit: number): Promise<FirstDossiers> {
  return db.transaction('r', db.dossiers, async () => {
    const [total, rows] = await Promise.all([
      db.dossiers.count(),
      db.dossiers.orderBy('nomKey').limit(limit).toArray(),
    ]);
    return { total, rows };
  });
}
