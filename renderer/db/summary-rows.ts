// The summary rows (the `dossiers` table: what lists, filters and the dashboard read) are a cache
// of the dossiers' views, made by today's `dossierRow`. Migrations never make them — they are
// frozen code, and rows made by yesterday's summary would be wrong today — so they are made again
// from the views here, once, whenever the database was upgraded or the summary's shape changed.
import type { CtaiDatabase } from './database';
import { withFieldDefaults } from '../../shared/dossier/dossier-defaults';
import { dossierRow } from './dossier-row';
import type { DossierViewRow } from './records';

/**
 * Raise when `dossierRow` gives rows of another shape or meaning: they are made again at the next
 * open. 2: `actions` and `beneficiaires` count the actions financed (retained, act signed) only;
 * 3: `identifiants` (the collectivité's INSEE code and SIREN) for territories counted once.
 */
export const SUMMARY_ROWS_VERSION = 3;
const KEY = 'summary-rows';

interface RowsMark {
  rows: number;
  /** The database schema version the rows were made at. */
  schema: number;
}

/**
 * Makes every summary row again from its view when they were made by another summary version or
 * at another schema version (a migration ran), keeping each row's revision. One transaction:
 * an interrupted rebuild leaves the old rows and the old mark, and is done again at the next open.
 */
export async function rebuildStaleSummaryRows(db: CtaiDatabase): Promise<boolean> {
  const mark = (await db.settings.get(KEY))?.value as RowsMark | undefined;
  if (mark?.rows === SUMMARY_ROWS_VERSION && mark.schema === db.verno) return false;
  await db.transaction('rw', db.dossiers, db.dossierViews, db.settings, async () => {
    const views = (await db.dossierViews.toArray()) as DossierViewRow[];
    const revs = new Map((await db.dossiers.toArray()).map((row) => [row.id, row.rev]));
    await db.dossiers.bulkPut(views.map(({ id, view }) => dossierRow(withFieldDefaults(view), revs.get(id) ?? 1)));
    await db.settings.put({ key: KEY, value: { rows: SUMMARY_ROWS_VERSION, schema: db.verno } satisfies RowsMark });
  });
  return true;
}
