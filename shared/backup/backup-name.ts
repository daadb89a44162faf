// Backup file names: CTAI_sauvegarde_2026-11-23T14-30-00-000Z_quotidienne.ctai. The time comes
// first, so sorting names sorts backups by time; the main process reads or removes nothing
// whose name does not match.
const BACKUP_NAME = /^CTAI_sauvegarde_(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z_([a-z0-9-]{1,40})\.ctai$/;

export type BackupReason = 'quotidienne' | 'manuelle' | 'avant-migration' | 'avant-restauration' | 'avant-suppression';

export const BACKUP_REASON_LABELS: Record<string, string> = {
  quotidienne: 'Sauvegarde quotidienne',
  manuelle: 'Sauvegarde demandée',
  'avant-migration': 'Avant une mise à jour de la base',
  'avant-restauration': 'Avant une restauration',
  'avant-suppression': 'Avant la suppression d’un dossier',
};

export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

export function backupName(at: Date, reason: BackupReason): string {
  return `CTAI_sauvegarde_${at.toISOString().replace(/[:.]/g, '-')}_${reason}.ctai`;
}

export function parseBackupName(name: string): { createdAt: string; reason: string } | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, date, h, m, s, ms, reason] = match;
  return { createdAt: `${date}T${h}:${m}:${s}.${ms}Z`, reason: reason! };
}
