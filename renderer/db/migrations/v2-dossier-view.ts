// Version 1 → 2: a dossier becomes the full CTAI dossier (every field, empty), stored as its
// JSON view beside a summary row; its Automerge document is created at its first edit.
import type { Transaction } from 'dexie';
import { emptyDossier } from '../../../shared/dossier/new-dossier-factory';
import { dossierRow } from '../dossier-row';
import type { DossierDocRow, DossierRecordV1, DossierViewRow } from '../records';

export async function migrateToV2(tx: Transaction): Promise<void> {
  const docs: DossierDocRow[] = [];
  const views: DossierViewRow[] = [];
  await tx
    .table('dossiers')
    .toCollection()
    .modify((record: DossierRecordV1, ref: { value: unknown }) => {
      const view = emptyDossier({ nom: record.nom, type: record.type }, record.id, new Date(record.createdAt));
      view.updatedAt = new Date(record.updatedAt).toISOString();
      ref.value = dossierRow(view, 1);
      views.push({ id: record.id, view });
      docs.push({ id: record.id, bytes: null });
    });
  await tx.table('dossierViews').bulkAdd(views);
  await tx.table('dossierDocs').bulkAdd(docs);
}
