import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../../renderer/db/storage-error';
import { userFacingError } from '../../../shared/ipc/user-facing-error';

describe('failure messages', () => {
  it('say a database failure is one, and what to do', () => {
    expect(failureMessage(new Dexie.DatabaseClosedError('fermée'))).toMatch(/^La base de données locale/);
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    expect(failureMessage(quota)).toMatch(/^L’espace de stockage de l’ordinateur est plein/);
  });

  it('never pass another failure off as a storage problem', () => {
    const message = failureMessage(new Error("Error invoking remote method 'key:sign'"));
    expect(message).toMatch(/^Une erreur inattendue l’en a empêché \(Error invoking remote method 'key:sign'\)\./);
    expect(message).not.toMatch(/base de données/);
    expect(failureMessage('?')).toMatch(/^Une erreur inattendue l’en a empêché\. Réessayez/);
  });

  it('give the main process’s own French sentence as it is, without Electron’s prefix', () => {
    const sentence = 'La clé de signature de cet ordinateur ne peut plus être ouverte : ouvrez Paramètres.';
    const crossed = new Error(`Error invoking remote method 'key:sign': Error: ${userFacingError(sentence).message}`);
    expect(failureMessage(crossed)).toBe(sentence);
  });
});
