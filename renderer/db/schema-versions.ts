// Every version of the database schema, in order. A released version is never edited:
// add a new one (with its migration in its own file under migrations/) at the end.
import type { Transaction } from 'dexie';
import { migrateToV2 } from './migrations/v2-dossier-view';
import { migrateToV3 } from './migrations/v3-dossier-format-2';
import { migrateToV4 } from './migrations/v4-format-2-defaults';
import { migrateToV5 } from './migrations/v5-dossier-numbers';
import { migrateToV6 } from './migrations/v6-dossier-forme';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      dossiers: 'id, nomKey, type, updatedAt',
    },
  },
  {
    version: 2,
    stores: {
      dossiers: 'id, nomKey, code, type, departement, etapeKey, statut, *annees, updatedAt',
      dossierViews: 'id',
      dossierDocs: 'id',
      documents: 'id, dossierId, [dossierId+kind]',
      receivedBundles: 'bundleId, senderFingerprint',
      journal: 'id, at',
      settings: 'key',
    },
    upgrade: migrateToV2,
  },
  {
    version: 3,
    stores: {},
    upgrade: migrateToV3,
  },
  {
    version: 4,
    stores: {},
    upgrade: migrateToV4,
  },
  {
    version: 5,
    stores: {},
    upgrade: migrateToV5,
  },
  {
    version: 6,
    stores: {},
    upgrade: migrateToV6,
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/**
 * The tables a database of `version` has (Dexie carries a table over from earlier versions until
 * one declares it null); undefined for a version this application does not know.
 */
export function storesAt(version: number): Record<string, string> | undefined {
  if (!SCHEMA_VERSIONS.some((v) => v.version === version)) return undefined;
  const stores: Record<string, string> = {};
  for (const step of SCHEMA_VERSIONS.filter((v) => v.version <= version))
    for (const [table, spec] of Object.entries(step.stores)) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  return stores;
}
