// The indexed summary row of a dossier, derived from its JSON view.
import { summarizeDossier } from '../../shared/dossier/dossier-figures';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { searchKey } from '../../shared/text/search-key';
import type { CtaiDatabase } from './database';
import type { DossierRow } from './records';

export function dossierRow(view: Dossier, rev: number): DossierRow {
  const summary = summarizeDossier(view);
  return {
    ...summary,
    nomKey: searchKey(summary.nom),
    etapeKey: summary.etape ?? '',
    annees: summary.parAnnee.map((year) => year.annee),
    rev,
  };
}

/** Writes a dossier's three records (summary row, JSON view, Automerge document); call inside a transaction on them. */
export async function putDossier(
  db: CtaiDatabase,
  view: Dossier,
  bytes: Uint8Array | null,
  rev: number,
): Promise<void> {
  await db.dossiers.put(dossierRow(view, rev));
  await db.dossierViews.put({ id: view.id, view });
  await db.dossierDocs.put({ id: view.id, bytes });
}

export function dossierTables(db: CtaiDatabase) {
  return [db.dossiers, db.dossierViews, db.dossierDocs];
}
