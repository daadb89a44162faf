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
import { clearRestoreMark, restoreMark, restoreStep, setRestoreMark } from '../../db/restore-mark';

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

/** Puts back the state a safety backup holds: the database, and the signing key it sealed. */
async function putBack(safety: string): Promise<void> {
  const backup = await readBackup(
    await platform.backups.read(safety),
    (await platform.backups.passphrase()) ?? undefined,
  );
  await restoreDatabase(DATABASE_NAME, backup);
  if (backup.sealedKey) await platform.backups.restoreKey(backup.sealedKey);
}

/** What the start says about the last restore: finished, or cut short and undone. */
export type RestoreReport =
  { outcome: 'restored'; notice: string } | { outcome: 'undone'; safety: string } | { outcome: 'untouched' };

/**
 * At start, before the database opens. A restore cut short left the database anywhere between
 * deleted and rebuilt: the state from before it is put back (its safety backup) and that is
 * said. A restore that finished left the sentence saying what it restored, said now. Null when
 * no restore is pending. The mark is removed only once its work is done, so a start cut short
 * in turn does it again.
 */
export async function finishInterruptedRestore(): Promise<RestoreReport | null> {
  const mark = await restoreMark();
  if (!mark) return null;
  if (mark.phase === 'faite') {
    await clearRestoreMark();
    return { outcome: 'restored', notice: mark.notice };
  }
  if (mark.phase === 'preparation') {
    await clearRestoreMark();
    return { outcome: 'untouched' };
  }
  await putBack(mark.safety);
  await clearRestoreMark();
  return { outcome: 'undone', safety: mark.safety };
}

/** What a restore did with the signing key: put back, left (the backup could not give it), or none saved. */
export type KeyRestore = 'restored' | 'kept' | 'absent';

const KEY_SENTENCES: Record<KeyRestore, string> = {
  restored: 'La clé de signature de cette date a été remise en place.',
  kept: 'Sa clé de signature, scellée sur un autre ordinateur ou une autre session, ne peut pas être ouverte ici : la clé actuelle est conservée.',
  absent: 'Elle ne contenait pas de clé de signature : la clé actuelle est conservée.',
};

/**
 * Restores a backup: verified and read first (nothing written if it is refused), then the
 * current state (key included) backed up (under a mark saying nothing changed yet), then a
 * durable mark naming that backup, then the
 * database rebuilt and the backup's signing key put back, so that identity and key go together;
 * last, the mark turns into the sentence saying what was restored (shown at the restart that
 * follows: see {@link finishInterruptedRestore}). Each step is logged. Cut short at any point,
 * the next start finds the state before (mark « en cours ») or after (mark « faite »), never an
 * empty base. Passphrase errors reach the caller, which asks the agent. If the rebuild fails, the
 * backup just taken is put back. `label` names the backup in the sentence (« du 23/11/2026 … »).
 */
export async function restoreBackup(name: string, label: string, passphrase?: string): Promise<KeyRestore> {
  const bytes = await platform.backups.read(name);
  const backup = await readBackup(bytes, passphrase ?? (await platform.backups.passphrase()) ?? undefined);
  await setRestoreMark({ phase: 'preparation' });
  await restoreStep('sauvegarde-lue');
  const safety = await takeBackup('avant-restauration');
  if (!safety.written) {
    await clearRestoreMark();
    throw new BackupError(
      `La sauvegarde de l’état actuel a échoué (${safety.error ?? 'raison inconnue'}) : rien n’a été restauré.`,
    );
  }
  await restoreStep('etat-actuel-sauvegarde');
  closeDatabase();
  await setRestoreMark({ phase: 'en-cours', safety: safety.name });
  await restoreStep('marque-posee');
  let key: KeyRestore;
  try {
    await restoreDatabase(DATABASE_NAME, backup, restoreStep);
    key = !backup.sealedKey ? 'absent' : (await platform.backups.restoreKey(backup.sealedKey)) ? 'restored' : 'kept';
    await restoreStep('cle-remise');
  } catch (error) {
    await putBack(safety.name);
    await clearRestoreMark();
    throw new BackupError(
      `La restauration a échoué (${failureMessage(error)}) : l’état d’avant la restauration a été remis en place.`,
      { cause: error },
    );
  }
  await setRestoreMark({ phase: 'faite', notice: `Sauvegarde ${label} restaurée. ${KEY_SENTENCES[key]}` });
  await restoreStep('marque-faite');
  return key;
}
