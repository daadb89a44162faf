// Version 5 → 6: a dossier has a form, contract (CTAI) or projet territorial (PTAI), and a
// contract that continues a PTAI keeps the PTAI's signed convention (dossier-schema.ts, `forme`
// and `contrat.conventionPtai`). Every dossier stored before is a contract that continues none:
// its view is given those defaults here, so that stored views are whole (dossier-defaults.ts fills
// the same for views from elsewhere). Its summary row is made again to carry the form after the
// upgrade (summary-rows.ts), by today's code, never here.
// Frozen: it writes the defaults as they were when this version was released.
import type { Transaction } from 'dexie';

type Json = Record<string, unknown>;

export async function migrateToV6(tx: Transaction): Promise<void> {
  await tx
    .table('dossierViews')
    .toCollection()
    .modify((row: { view: Json & { contrat?: Json } }) => {
      row.view.forme ??= 'ctai';
      if (row.view.contrat) row.view.contrat.conventionPtai ??= null;
    });
}
