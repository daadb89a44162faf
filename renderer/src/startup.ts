// What happens when the app starts, in order: a restore cut short finished, a backup if the
// stored database is about to be migrated (before anything opens it), the agent's settings with
// what the first screen shows (main.tsx renders it then), and — once that screen is painted (so
// that none of it holds the paint) — persistent storage, any bundle the operating system handed
// over, the proof of received histories left unfinished, and the day's backup.
import { database, DATABASE_NAME } from '../db/database';
import { migrationPending } from '../db/stored-database';
import { getAgentIdentity, getContractArticles, getPrefectureDefaults } from '../db/settings-repository';
import type { BackupOutcome } from './backups/backup-service';
import { restoreMark } from '../db/restore-mark';
import { useAgentStore } from './state/agent-store';
import { useFlashStore } from './state/flash-store';
import { takeOpenedBundles } from './state/menu-commands';
import { useRouteStore } from './state/route-store';
import { readFirstRowsAtStart } from './dossiers/first-rows';
import { loadDashboard } from './screens/load-dashboard';

function reportFailedBackup(outcome: BackupOutcome | null, when: string): void {
  if (!outcome || outcome.written) return;
  useFlashStore.getState().show({
    severity: 'error',
    title: `La sauvegarde ${when} n’a pas pu être faite.`,
    description: `${outcome.error ?? ''} Vos données sont intactes. Libérez de la place sur le disque, puis faites une sauvegarde depuis les Paramètres.`,
  });
}

// The backup code (bundle writer, encryption) is loaded only when a backup is due.
const backups = () => import('./backups/backup-service');

/**
 * The last restore, said: finished (what it restored), or cut short (the state from before it
 * put back). Nothing to do, the backup code is not even loaded. `settled` is any read of the
 * database begun meanwhile, let finish before the restore replaces the database. True when a
 * restore was finished (the stored database may have changed).
 */
async function recoverInterruptedRestore(settled: Promise<unknown>): Promise<boolean> {
  if (!(await restoreMark().catch(() => null))) return false;
  await settled.catch(() => undefined);
  try {
    const report = await (await backups()).finishInterruptedRestore();
    if (report?.outcome === 'restored') useFlashStore.getState().show({ severity: 'success', title: report.notice });
    if (report?.outcome === 'untouched')
      useFlashStore.getState().show({
        severity: 'info',
        title: 'La dernière restauration a été interrompue avant d’avoir rien modifié.',
        description:
          'Vos données sont celles d’avant. Recommencez-la depuis Paramètres → Sauvegardes si vous le souhaitez.',
      });
    if (report?.outcome === 'undone')
      useFlashStore.getState().show({
        severity: 'info',
        title: 'La dernière restauration a été interrompue.',
        description:
          'Vos données ont été remises dans l’état d’avant cette restauration. Recommencez-la depuis Paramètres → Sauvegardes si vous le souhaitez.',
      });
  } catch (error) {
    useFlashStore.getState().show({
      severity: 'error',
      title: 'La dernière restauration a été interrompue, et l’état d’avant n’a pas pu être remis en place.',
      description: `${(error as Error).message} Ouvrez Paramètres → Sauvegardes et restaurez la sauvegarde « Avant une restauration » la plus récente.`,
    });
  }
  return true;
}

export async function beforeFirstScreen(): Promise<void> {
  // The stored version is read while the restore mark is (two databases: one wait, not two); a
  // restore finished meanwhile changes the stored database, whose version is then read again.
  const pendingAtStart = migrationPending(DATABASE_NAME);
  const restored = await recoverInterruptedRestore(pendingAtStart);
  const pending = restored ? await migrationPending(DATABASE_NAME) : await pendingAtStart;
  const outcome = await (
    pending ? backups().then((module) => module.backupBeforeMigration()) : Promise.resolve(null)
  ).catch((error: unknown) => ({
    written: false,
    name: '',
    error: (error as Error).message,
  }));
  reportFailedBackup(outcome, 'avant la mise à jour de la base');
  const db = database();
  // What the first screen needs is read beside the settings: the list's first rows, the
  // dashboard's code.
  const screen = useRouteStore.getState().route.screen;
  const [identity, prefecture, articles] = await Promise.all([
    getAgentIdentity(db),
    getPrefectureDefaults(db),
    getContractArticles(db),
    screen === 'dossiers' ? readFirstRowsAtStart(db) : undefined,
    screen === 'tableau-de-bord' ? loadDashboard().catch(() => undefined) : undefined,
  ]);
  const store = useAgentStore.getState();
  store.setIdentity(identity);
  store.setPrefecture(prefecture);
  store.setArticles(articles);
  store.setLoaded();
}

export async function afterFirstScreen(): Promise<void> {
  // Without it, the browser engine may clear the database when the disk runs short.
  await navigator.storage?.persist?.().catch(() => false);
  void takeOpenedBundles();
  // Loaded here, not with the first screen: these need Automerge and the dossier schemas.
  const [{ proveReceivedHistories }, { numberReservedDossiers }, { repositoryContext }] = await Promise.all([
    import('../db/history-proof'),
    import('../db/dossier-numbering'),
    import('./state/repository-context'),
  ]);
  // Histories received new whose proof an earlier session did not finish (import-bundle.ts).
  void proveReceivedHistories(repositoryContext()).catch(() => undefined);
  // Numbers the version 5 migration reserved for dossiers with a history (dossier-numbering.ts),
  // written once the agent is known, who signs the change.
  if (useAgentStore.getState().identity) void numberReservedDossiers(repositoryContext()).catch(() => undefined);
  if (useAgentStore.getState().identity)
    reportFailedBackup(await (await backups()).dailyBackup().catch(() => null), 'du jour');
}
