// Browser mode's backups: kept in an IndexedDB database of their own, beside the app's, so that
// restoring (which deletes and rebuilds the app's database) never touches them.
import { parseBackupName } from '../../shared/backup/backup-name';
import type { BackupInfo, BackupShelf } from '../../shared/platform/platform';

const BACKUP_DATABASE = 'contrats-ctai-sauvegardes';
const FILES = 'fichiers';
const SECRETS = 'secrets';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(BACKUP_DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(FILES);
      request.result.createObjectStore(SECRETS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Base des sauvegardes inaccessible.'));
  });
}

async function run<T>(store: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(store, mode, { durability: 'strict' });
      const request = work(transaction.objectStore(store));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('Accès aux sauvegardes impossible.'));
      transaction.onabort = () => reject(transaction.error ?? new Error('Accès aux sauvegardes impossible.'));
    });
  } finally {
    db.close();
  }
}

async function list(): Promise<BackupInfo[]> {
  const names = (await run(FILES, 'readonly', (s) => s.getAllKeys())) as string[];
  const infos: BackupInfo[] = [];
  for (const name of names.sort().reverse()) {
    const parsed = parseBackupName(name);
    const bytes = (await run(FILES, 'readonly', (s) => s.get(name))) as Uint8Array;
    if (parsed) infos.push({ name, size: bytes.length, ...parsed });
  }
  return infos;
}

export const browserBackups: BackupShelf = {
  list,
  write: async (name, bytes, keep) => {
    await run(FILES, 'readwrite', (s) => s.put(bytes, name));
    for (const old of (await list()).slice(keep)) await run(FILES, 'readwrite', (s) => s.delete(old.name));
    return { written: true };
  },
  read: async (name) => {
    const bytes = (await run(FILES, 'readonly', (s) => s.get(name))) as Uint8Array | undefined;
    if (!bytes) throw new Error(`La sauvegarde ${name} n’existe plus.`);
    return bytes;
  },
  // The browser's signing key cannot be read back (non-extractable), so it is not in backups.
  sealedKey: async () => null,
  restoreKey: async () => false,
  passphrase: async () => ((await run(SECRETS, 'readonly', (s) => s.get('passphrase'))) as string | undefined) ?? null,
  setPassphrase: async (passphrase) => {
    if (passphrase) await run(SECRETS, 'readwrite', (s) => s.put(passphrase, 'passphrase'));
    else await run(SECRETS, 'readwrite', (s) => s.delete('passphrase'));
  },
};
