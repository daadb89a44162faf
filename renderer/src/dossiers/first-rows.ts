// The Dossiers screen's first rows (the count and the first rows by name), read while the app
// starts when it opens on that screen: the read runs beside the settings' instead of after the
// first paint (where a live query's first read starts), so the first paint already shows the list.
import type { CtaiDatabase } from '../../db/database';
import { firstDossiersByName, type FirstDossiers } from '../../db/dossier-list';

/** Rows read first, by name: more than a laptop screen shows, so the list is whole in view. */
export const FIRST_ROWS = 60;

let readAtStart: FirstDossiers | undefined;

/**
 * Reads the first rows for the screen shown at start. A failure is kept silent here: the screen
 * reads them again through its live query, which says what went wrong.
 */
export async function readFirstRowsAtStart(db: CtaiDatabase): Promise<void> {
  readAtStart = await firstDossiersByName(db, FIRST_ROWS).catch(() => undefined);
}

/**
 * The rows read at start, once: the screen shown at start stands on them until its live query
 * answers; a screen opened later reads its own (these could be out of date by then).
 */
export function takeFirstRowsReadAtStart(): FirstDossiers | undefined {
  const rows = readAtStart;
  readAtStart = undefined;
  return rows;
}
