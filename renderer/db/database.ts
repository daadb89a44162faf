// The app's one IndexedDB database, opened through Dexie with every schema version in order.
import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_VERSIONS } from './schema-versions';
import { rebuildStaleSummaryRows } from './summary-rows';
import type {
  DocumentRow,
  DossierDocRow,
  DossierRow,
  DossierViewRow,
  JournalRow,
  ReceivedBundleRow,
  SettingRow,
} from './records';

export const DATABASE_NAME = 'contrats-ctai';

export class CtaiDatabase extends Dexie {
  dossiers!: EntityTable<DossierRow, 'id'>;
  dossierViews!: EntityTable<DossierViewRow, 'id'>;
  dossierDocs!: EntityTable<DossierDocRow, 'id'>;
  documents!: EntityTable<DocumentRow, 'id'>;
  receivedBundles!: EntityTable<ReceivedBundleRow, 'bundleId'>;
  journal!: EntityTable<JournalRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(
    name: string = DATABASE_NAME,
    options: ConstructorParameters<typeof Dexie>[1] = {},
    versions = SCHEMA_VERSIONS,
  ) {
    // Chromium's default 'relaxed' durability can lose a committed transaction on power loss.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Opened as the app opens it (not as stored, for a restore), the summary rows are checked
    // before any other query runs.
    if (versions === SCHEMA_VERSIONS) this.on('ready', () => rebuildStaleSummaryRows(this).then(() => undefined));
  }
}

let current: CtaiDatabase | null = null;

export function database(): CtaiDatabase {
  current ??= new CtaiDatabase();
  return current;
}

/** Closes the app's connection (before a restore deletes the database); the next call reopens it. */
export function closeDatabase(): void {
  current?.close();
  current = null;
}
