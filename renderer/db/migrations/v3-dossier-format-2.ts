// Version 2 → 3: dossier views move to format 2 (the State's yearly amounts derived from the
// actions, avenants as acts, payments as recorded). The upgrade step is the frozen one the bundle
// reader also uses; Automerge documents are left as they are, since every load restores them.
import type { Transaction } from 'dexie';
import { upgradeV1ToV2 } from '../../../shared/dossier/format-upgrades/v1-to-v2';

export async function migrateToV3(tx: Transaction): Promise<void> {
  await tx
    .table('dossierViews')
    .toCollection()
    .modify((row: { view: Record<string, unknown> }) => {
      if (row.view.formatVersion === 1) row.view = upgradeV1ToV2(row.view);
    });
}
