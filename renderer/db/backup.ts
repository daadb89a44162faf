// A backup of the whole database: every table's rows as JSON, binaries (Automerge documents,
// PDFs) set apart as files, and the signing-key file as the OS store sealed it, in a signed bag
// (encrypted with the backup passphrase if there is one). Restoring rebuilds the database at the
// backup's schema version, then lets the ordinary migrations bring it up to date, so a backup
// taken before a migration restores too.
import Dexie from 'dexie';
import { utf8 } from '../../shared/bundle/bytes';
import { verifyBundle } from '../../shared/bundle/verify-bundle';
import { writeBag } from '../../shared/bundle/write-bundle';
import { CtaiDatabase } from './database';
import type { AgentIdentity } from './records';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, storesAt } from './schema-versions';

/** A backup refused or failed, with a French sentence saying why and what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** A database open at any schema version (this app's, or an older one as stored). */
export type AnyDatabase = Dexie;

const TABLES = 'data/tables/';
const BLOBS = 'data/blobs/';
const SEALED_KEY = 'data/cle/cle-de-signature.bin';

export interface DatabaseDump {
  version: number;
  payload: Map<string, Uint8Array>;
}

/** Every table of an open database (of any schema version), binaries as files of their own. */
export async function dumpDatabase(db: Dexie): Promise<DatabaseDump> {
  const payload = new Map<string, Uint8Array>();
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      const all = await table.toArray();
      const json = JSON.stringify(all, (_key, value: unknown) => {
        if (!(value instanceof Uint8Array)) return value;
        // PDFs keep their extension, so the archive stores them rather than deflating them.
        const pdf = value[0] === 0x25 && value[1] === 0x50 && value[2] === 0x44 && value[3] === 0x46;
        const path = `${BLOBS}${payload.size}${pdf ? '.pdf' : '.bin'}`;
        payload.set(path, value);
        return { $blob: path };
      });
      payload.set(`${TABLES}${table.name}.json`, utf8.encode(json));
    }
  });
  return { version: db.verno, payload };
}

export interface BackupSigner {
  author: AgentIdentity;
  publicKey: Uint8Array;
  sign: (bytes: Uint8Array) => Promise<Uint8Array>;
  passphrase: string | null;
}

export async function writeBackup(
  dump: DatabaseDump,
  sealedKey: Uint8Array | null,
  name: string,
  at: Date,
  signer: BackupSigner,
) {
  const payload = new Map(dump.payload);
  if (sealedKey) payload.set(SEALED_KEY, sealedKey);
  return writeBag({
    name: name.replace(/\.ctai$/, ''),
    bundleId: crypto.randomUUID(),
    sequence: 1,
    createdAt: at,
    sender: signer.author,
    recipient: '',
    payload,
    dossierCount: 0,
    backupSchemaVersion: dump.version,
    publicKey: signer.publicKey,
    sign: signer.sign,
    ...(signer.passphrase ? { passphrase: signer.passphrase } : {}),
  });
}

export interface ReadBackup {
  version: number;
  tables: Map<string, unknown[]>;
  /** The signing-key file as the OS store sealed it, when the backup holds one. */
  sealedKey: Uint8Array | null;
  author: AgentIdentity;
  createdAt: string;
}

/** Verifies a backup (signature, integrity, passphrase) and reads its tables, writing nothing. */
function parseTable(table: string, content: Uint8Array, reviver: (key: string, value: unknown) => unknown): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(content), reviver);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `La table ${table} de la sauvegarde est illisible : elle ne peut pas être restaurée. Restaurez une autre sauvegarde.`,
    );
  }
}

export async function readBackup(bytes: Uint8Array, passphrase?: string): Promise<ReadBackup> {
  const bundle = await verifyBundle(bytes, passphrase ? { passphrase } : {});
  const version = bundle.info.backupSchemaVersion;
  if (version === null)
    throw new BackupError('Ce fichier est un échange, pas une sauvegarde : importez-le depuis Échanges.');
  if (version > LATEST_SCHEMA_VERSION)
    throw new BackupError(
      'Cette sauvegarde vient d’une version plus récente de Contrats CTAI : installez la dernière version pour la restaurer.',
    );
  const stores = storesAt(version);
  if (!stores)
    throw new BackupError(
      `Cette sauvegarde suit un schéma inconnu (${version}) : elle ne peut pas être restaurée. Restaurez une autre sauvegarde.`,
    );
  const tables = new Map<string, unknown[]>();
  for (const [path, content] of bundle.files) {
    if (!path.startsWith(TABLES)) continue;
    const table = path.slice(TABLES.length, -'.json'.length);
    if (!Object.hasOwn(stores, table))
      throw new BackupError(
        `La sauvegarde contient une table inconnue (${table.slice(0, 40)}) : elle est refusée. Restaurez une autre sauvegarde.`,
      );
    const rows = parseTable(table, content, (_key, value: unknown) => {
      const blob = (value as { $blob?: unknown } | null)?.$blob;
      if (typeof blob !== 'string') return value;
      const file = bundle.files.get(blob);
      if (!file)
        throw new BackupError(
          `Un fichier de la sauvegarde manque (${blob.slice(0, 60)}). Restaurez une autre sauvegarde.`,
        );
      return file;
    }) as unknown;
    if (!Array.isArray(rows))
      throw new BackupError(`La table ${table} de la sauvegarde est mal formée. Restaurez une autre sauvegarde.`);
    tables.set(table, rows);
  }
  return {
    version,
    tables,
    sealedKey: bundle.files.get(SEALED_KEY) ?? null,
    author: bundle.info.sender,
    createdAt: bundle.info.createdAt,
  };
}

/**
 * Replaces the database by the backup's content: rebuilt at the backup's schema version, then
 * opened at the current one so that migrations run. The caller has closed its connections and
 * taken a backup of the current state first.
 */
export async function restoreDatabase(
  name: string,
  backup: ReadBackup,
  onStep: (step: 'base-supprimee' | 'tables-ecrites' | 'base-a-jour') => Promise<void> = async () => undefined,
): Promise<void> {
  await Dexie.delete(name);
  await onStep('base-supprimee');
  const past = new CtaiDatabase(
    name,
    {},
    SCHEMA_VERSIONS.filter((v) => v.version <= backup.version),
  );
  try {
    await past.open();
    const tables = [...backup.tables.keys()].map((table) => past.table(table));
    await past.transaction('rw', tables, async () => {
      for (const [table, rows] of backup.tables) await past.table(table).bulkAdd(rows);
    });
  } finally {
    past.close();
  }
  await onStep('tables-ecrites');
  const current = new CtaiDatabase(name);
  await current.open();
  current.close();
  await onStep('base-a-jour');
}
