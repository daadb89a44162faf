// When backups are taken (daily at start, before a migration, before a restore, on request)
// and how a restore runs: this module joins the database dump, the agent's key and the
// platform's backup shelf.
import { backupName, type BackupReason } from '../../../shared/backup/backup-name';
import { BackupError, type AnyDatabase, dumpDatabase, readBackup, restoreDatabase, writeBackup } from '../../db/backup';
import { closeDatabase, database, DATABASE_NAME } from '../../db/database';
import { failureMessage } from '../../db/storage-error';
import { migrationPending, openAsStored } from '../../db/stored-database';
import { DEFAULT_EXCHANGE_PREFERENCES, getExchangePreferences } from '../../db/settings-repository';
import { platform } from '../../platform';
import { create } from 'zustand';
import { currentAuthor } from '../state/agent-store';
import { clearRestoreMark, interruptedRestore, markRestoreUnderWay } from './restore-mark';

/** Bumped after each backup written, so that the list in Paramètres follows. */
export const useBackupsVersion = create<{ version: number }>(() => ({ version: 0 }));

export interface BackupOutcome {
  written: boolean;
  name: string;
  error?: string;
}

export async function takeBackup(
  reason: BackupReason,
  db: AnyDatabase = database(),
  keep?: number,
): Promise<BackupOutcome> {
  const at = new Date();
  const name = backupName(at, reason);
  try {
    const dump = await dumpDatabase(db);
    const bytes = await writeBackup(dump, await platform.backups.sealedKey(), name, at, {
      author: currentAuthor(),
      publicKey: await platform.publicKey(),
      sign: (message) => platform.sign(message),
      passphrase: await platform.backups.passphrase(),
    });
    const kept = keep ?? (await getExchangePreferences(database())).backupsKept;
    const result = await platform.backups.write(name, bytes, kept);
    if (result.written) useBackupsVersion.setState((state) => ({ version: state.version + 1 }));
    return { name, ...result };
  } catch (error) {
    return { name, written: false, error: failureMessage(error) };
  }
}

/** At start, at most once a calendar day. */
export async function dailyBackup(): Promise<BackupOutcome | null> {
  const today = new Date().toLocaleDateString('fr-FR');
  const backups = await platform.backups.list();
  if (backups.some((b) => new Date(b.createdAt).toLocaleDateString('fr-FR') === today)) return null;
  return takeBackup('quotidienne');
}

/** Before the app opens (and so migrates) a database stored by an older version. */
export async function backupBeforeMigration(): Promise<BackupOutcome | null> {
  if (!(await migrationPending(DATABASE_NAME))) return null;
  const stored = await openAsStored(DATABASE_NAME);
  try {
    return await takeBackup('avant-migration', stored, DEFAULT_EXCHANGE_PREFERENCES.backupsKept);
  } finally {
    stored.close();
  }
}

async function putBack(safety: string): Promise<void> {
  const backup = await readBackup(
    await platform.backups.read(safety),
    (await platform.backups.passphrase()) ?? undefined,
  );
  await restoreDatabase(DATABASE_NAME, backup);
}

/**
 * At start, before the database opens: if a restore was cut short, the database is half rebuilt;
 * the state from before that restore is put back. Gives the name of that backup, or null.
 */
export async function finishInterruptedRestore(): Promise<string | null> {
  const safety = interruptedRestore();
  if (!safety) return null;
  await putBack(safety);
  clearRestoreMark();
  return safety;
}

/** What a restore did with the signing key: put back, left (the backup could not give it), or none saved. */
export type KeyRestore = 'restored' | 'kept' | 'absent';

/**
 * Restores a backup: verified and read first (nothing written if it is refused), then the
 * current state (key included) backed up, then the database rebuilt and the backup's signing
 * key put back, so that identity and key go together. Passphrase errors reach the caller, which
 * asks the agent. If the rebuild fails, the backup just taken is put back.
 */
export async function restoreBackup(name: string, passphrase?: string): Promise<KeyRestore> {
  const bytes = await platform.backups.read(name);
  const backup = await readBackup(bytes, passphrase ?? (await platform.backups.passphrase()) ?? undefined);
  const safety = await takeBackup('avant-restauration');
  if (!safety.written)
    throw new BackupError(
      `La sauvegarde de l’état actuel a échoué (${safety.error ?? 'raison inconnue'}) : rien n’a été restauré.`,
    );
  closeDatabase();
  markRestoreUnderWay(safety.name);
  try {
    await restoreDatabase(DATABASE_NAME, backup);
  } catch (error) {
    await putBack(safety.name);
    clearRestoreMark();
    throw new BackupError(
      `La restauration a échoué (${failureMessage(error)}) : l’état d’avant la restauration a été remis en place.`,
      { cause: error },
    );
  }
  clearRestoreMark();
  if (!backup.sealedKey) return 'absent';
  return (await platform.backups.restoreKey(backup.sealedKey)) ? 'restored' : 'kept';
}
