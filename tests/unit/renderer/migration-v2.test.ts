import { describe, expect, it } from 'vitest';
import { CtaiDatabase } from '../../../renderer/db/database';
import { editDossier, getDossier, getDetailedHistory } from '../../../renderer/db/dossiers-repository';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';
import { validateDossier } from '../../../shared/dossier/validation';
import { V1_DOSSIERS } from '../../fixtures/v1-dossiers';
import { testContext } from '../helpers/test-context';

describe('schema migration 1 → 2', () => {
  it('upgrades version 1 dossiers intact into full dossiers that can then be edited', async () => {
    const name = `migration-${Date.now()}`;
    const v1 = new CtaiDatabase(name, {}, SCHEMA_VERSIONS.slice(0, 1));
    await v1.table('dossiers').bulkAdd(V1_DOSSIERS);
    v1.close();

    const v2 = new CtaiDatabase(name);
    const context = testContext({ db: v2 });
    const migrated = await getDossier(v2, 'a');
    expect(validateDossier(migrated).ok).toBe(true);
    expect(migrated).toMatchObject({
      id: 'a',
      createdAt: '2025-01-02T10:00:00.000Z',
      updatedAt: '2025-02-03T11:00:00.000Z',
      collectivite: { nom: 'Clermont-Ferrand', type: 'commune', source: 'saisie-libre' },
      workflow: { etape: null, statut: 'actif' },
    });
    expect((await getDossier(v2, 'b'))?.collectivite.nom).toBe('Région Bretagne');
    expect(await v2.dossiers.where('type').equals('region').count()).toBe(1);
    expect(await v2.dossierDocs.get('a')).toEqual({ id: 'a', bytes: null });

    const edited = await editDossier(
      context,
      'a',
      [{ op: 'set', path: ['collectivite', 'population'], value: 147_000 }],
      'Population',
    );
    expect(edited.ok).toBe(true);
    expect((await getDetailedHistory(context, 'a')).map((entry) => entry.summary)).toEqual([
      'Reprise du dossier',
      'Population',
    ]);
    await v2.delete();
  });
});
