// This installation's dossier numbering (site mark and counters, see shared/dossier/dossier-number.ts),
// kept in the settings table so that it travels in backups with the dossiers it numbered.
import {
  drawDossierNumber,
  siteMarkFrom,
  SITE_MARK_LENGTH,
  type NumberingState,
} from '../../shared/dossier/dossier-number';
import type { CtaiDatabase } from './database';
import { editDossier, type RepositoryContext } from './dossiers-repository';
import { RESERVED_NUMBERS_KEY } from './migrations/v5-dossier-numbers';

export const NUMBERING_KEY = 'dossier-numbering';

/** The stored state; a new site mark is drawn the first time (call inside a transaction on `settings`). */
export async function numberingState(db: CtaiDatabase): Promise<NumberingState> {
  const stored = (await db.settings.get(NUMBERING_KEY))?.value as NumberingState | undefined;
  return stored ?? { site: siteMarkFrom(crypto.getRandomValues(new Uint8Array(SITE_MARK_LENGTH))), next: {} };
}

/**
 * Draws the next number for a dossier of `departement` created in `year` and stores the counter;
 * call inside the transaction that stores the dossier, so that a number is never given twice.
 */
export async function takeDossierNumber(db: CtaiDatabase, departement: string, year: number): Promise<string> {
  const drawn = drawDossierNumber(await numberingState(db), departement, year);
  await db.settings.put({ key: NUMBERING_KEY, value: drawn.state });
  return drawn.numero;
}

/**
 * Writes into their histories the numbers the version 5 migration reserved for dossiers created
 * here that already had one (migrations/v5-dossier-numbers.ts), each as a change by the agent.
 * A dossier that got a number meanwhile (from its creator through an exchange) keeps it. What is
 * written leaves the list at once, so a restart continues where this stopped.
 */
export async function numberReservedDossiers(context: RepositoryContext): Promise<number> {
  const { db } = context;
  let written = 0;
  for (;;) {
    const reserved = ((await db.settings.get(RESERVED_NUMBERS_KEY))?.value ?? []) as { id: string; numero: string }[];
    const first = reserved[0];
    if (!first) return written;
    const view = (await db.dossierViews.get(first.id))?.view;
    if (view && !view.numero) {
      const result = await editDossier(
        context,
        first.id,
        [{ op: 'set', path: ['numero'], value: first.numero }],
        `Numéro du dossier : ${first.numero}`,
      );
      if (result.ok) written++;
    }
    await db.settings.put({ key: RESERVED_NUMBERS_KEY, value: reserved.slice(1) });
  }
}
