// A field and the banner say the same thing when a save fails for a reason that is not the
// value's own (a full disk): the field no longer says « Valeur refusée. ».
import { describe, expect, it, vi } from 'vitest';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { draftKey, useEditStore } from '../../../renderer/src/dossier/edit-store';
import { fieldMessage, saveEdits } from '../../../renderer/src/dossier/save-dossier';

const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

vi.mock('../../../renderer/src/state/repository-context', () => ({ repositoryContext: () => ({}) }));
vi.mock('../../../renderer/db/dossiers-repository', () => ({
  editDossier: vi.fn(async () => Promise.reject(quota)),
}));

describe('a save refused by a full disk', () => {
  it('gives the field the banner’s sentence', async () => {
    const dossier = { id: 'd1' } as Dossier;
    const path = ['collectivite', 'nom'];
    const outcome = await saveEdits(dossier, [{ op: 'set', path, value: 'Tours' }], 'Nom');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const banner = useEditStore.getState().message;
    expect(banner).toMatch(/^L’espace de stockage de l’ordinateur est plein/);
    expect(fieldMessage(outcome, draftKey(dossier.id, path))).toBe(banner);
  });
});
