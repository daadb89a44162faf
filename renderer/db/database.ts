// The app's one IndexedDB database, opened through Dexie with every schema version in order.
import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_VERSIONS } from './schema-versions';
import type { DossierRecord } from './records';

export const DATABASE_NAME = 'contrats-ctai';

export class CtaiDatabase extends Dexie {
  dossiers!: EntityTable<DossierRecord, 'id'>;

  constructor(name: string = DATABASE_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    // Chromium's default 'relaxed' durability can lose a committed transaction on power loss.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    for (const { version, stores } of SCHEMA_VERSIONS) {
      this.version(version).stores(stores);
    }
  }
}

let current: CtaiDatabase | null = null;

export function database(): CtaiDatabase {
  current ??= new CtaiDatabase();
  return current;
}
