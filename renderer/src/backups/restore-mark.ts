// Kept while a restore replaces the database: found at start, it names the backup of the state
// from before a restore that was cut short (the app closed, the power failed). Apart from the
// backup code so that start-up reads it without loading that code.
const RESTORE_UNDER_WAY = 'ctai-restauration-en-cours';

export function markRestoreUnderWay(safetyBackup: string): void {
  localStorage.setItem(RESTORE_UNDER_WAY, safetyBackup);
}

export function clearRestoreMark(): void {
  localStorage.removeItem(RESTORE_UNDER_WAY);
}

/** The backup to put back after a restore that was cut short, or null. */
export function interruptedRestore(): string | null {
  return localStorage.getItem(RESTORE_UNDER_WAY);
}
