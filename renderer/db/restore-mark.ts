// The mark a restore keeps while it replaces the database, and the sentence it leaves once done.
//
// The mark guards a destructive step (the database is deleted, then rebuilt), so it must be on
// the disk before that step starts: it lives in an IndexedDB database of its own, written with
// strict durability (the transaction completes only once the write is flushed), never in
// localStorage, which Chromium writes one to two seconds later. At start, a mark still « en
// cours » means the restore was cut short: the state from before it is put back. A mark « faite »
// carries the sentence saying what was restored, so that it is said even if the app was closed
// before showing it. Raw IndexedDB rather than Dexie: start-up reads it before loading the rest.

const MARK_DATABASE = 'contrats-ctai-restauration';
const STORE = 'marque';
const KEY = 'restauration';

export type RestoreMark =
  /** The restore has begun but changed nothing yet (it is backing up the current state). */
  | { phase: 'preparation' }
  /** The restore is replacing the database; `safety` names the backup of the state before it. */
  | { phase: 'en-cours'; safety: string }
  /** The restore finished; `notice` says what it restored, to show at the next start. */
  | { phase: 'faite'; notice: string };

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(MARK_DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Marque de restauration inaccessible.'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode, { durability: 'strict' });
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('Marque de restauration inaccessible.'));
      transaction.onabort = () => reject(transaction.error ?? new Error('Marque de restauration inaccessible.'));
    });
  } finally {
    db.close();
  }
}

/** Writes the mark; resolves once it is on the disk. */
export async function setRestoreMark(mark: RestoreMark): Promise<void> {
  await run('readwrite', (store) => store.put(mark, KEY));
}

export async function clearRestoreMark(): Promise<void> {
  await run('readwrite', (store) => store.delete(KEY));
}

/** The mark left by the last restore, or null. */
export async function restoreMark(): Promise<RestoreMark | null> {
  const mark = (await run('readonly', (store) => store.get(KEY))) as RestoreMark | undefined;
  return mark ?? null;
}

/**
 * Says a restore reached `step` (console, for whoever reads the logs after an incident) and lets
 * the end-to-end test that cuts the power at each step pause the restore there: it defines
 * `ctaiRestoreStep` on the page; nothing else does.
 */
export async function restoreStep(step: string): Promise<void> {
  console.info(`[restauration] ${step}`);
  const pause = (globalThis as { ctaiRestoreStep?: (step: string) => Promise<void> }).ctaiRestoreStep;
  if (pause) await pause(step);
}
