// Failures of the local database, as coded errors with a French sentence saying what to do.
import Dexie from 'dexie';
import { userFacingMessage } from '../../shared/ipc/user-facing-error';
export type StorageErrorCode = 'storage-quota' | 'storage-failed';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner = (error as { inner?: unknown }).inner;
  return (
    error.name === 'QuotaExceededError' || /quota/i.test(error.message) || (inner !== undefined && isQuotaError(inner))
  );
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) {
    return new StorageError(
      'storage-quota',
      'L’espace de stockage de l’ordinateur est plein : la modification n’a pas été enregistrée. Libérez de la place sur le disque puis réessayez. Rien de ce qui était déjà enregistré n’a été perdu.',
      { cause: error },
    );
  }
  return new StorageError(
    'storage-failed',
    'La base de données locale n’a pas pu être modifiée : la modification n’a pas été enregistrée. Réessayez ; si le problème continue, redémarrez l’application. Les données déjà enregistrées sont intactes.',
    { cause: error },
  );
}

/**
 * What to tell the agent when work that touches more than the database failed (documents,
 * exchanges): the main process's own sentence when it gave one, the database's sentence for a
 * database failure, otherwise an unexpected error named as such, never mistaken for a storage
 * problem.
 */
export function failureMessage(error: unknown): string {
  const sentence = userFacingMessage(error);
  if (sentence) return sentence;
  if (error instanceof StorageError || error instanceof Dexie.DexieError || isQuotaError(error))
    return toStorageError(error).message;
  const detail = error instanceof Error && error.message ? ` (${error.message.slice(0, 200)})` : '';
  return `Une erreur inattendue l’en a empêché${detail}. Réessayez ; si elle se reproduit, redémarrez l’application. Les données déjà enregistrées sont intactes.`;
}
