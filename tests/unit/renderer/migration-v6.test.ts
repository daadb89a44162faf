// Schema migration 5 → 6: dossiers stored before the form existed read as contracts (CTAI), in
// their views and in the list's summary rows, and the « Forme » filter finds them.
import { describe, expect, it } from 'vitest';
import { CtaiDatabase } from '../../../renderer/db/database';
import { getDossier } from '../../../renderer/db/dossiers-repository';
import { putDossier } from '../../../renderer/db/dossier-row';
import { dossiersChangedSince } from '../../../renderer/db/export-bundle';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';
import { EMPTY_FILTER, filterDossiers } from '../../../shared/dossier/dossier-filter';
import { emptyDossier } from '../../../shared/dossier/new-dossier-factory';
import { testContext } from '../helpers/test-context';

describe('schema migration 5 → 6', () => {
  it('gives every dossier stored before the form the form of a contract (CTAI)', async () => {
    const name = `migration-v6-${Date.now()}`;
    const v5 = new CtaiDatabase(name, {}, SCHEMA_VERSIONS.slice(0, 5));
    const dossier = emptyDossier({ nom: 'Aurillac', type: 'commune' }, 'old', new Date('2025-06-01T10:00:00Z'));
    // As version 5 stored it: no form, no kept convention, in the view nor in the row.
    const { forme: _forme, ...older } = dossier;
    const { conventionPtai: _convention, ...contrat } = older.contrat;
    const view = { ...older, contrat };
    await v5.transaction('rw', [v5.dossiers, v5.dossierViews, v5.dossierDocs], async () => {
      await putDossier(v5, view as never, null, 1);
      const { forme: _rowForme, ...row } = (await v5.dossiers.get('old'))!;
      await v5.dossiers.put(row as never);
    });
    expect((await v5.dossierViews.get('old'))?.view).not.toHaveProperty('forme');
    expect(await v5.dossiers.get('old')).not.toHaveProperty('forme');
    v5.close();

    const db = new CtaiDatabase(name);
    const stored = (await db.dossierViews.get('old'))!.view;
    expect(stored.forme).toBe('ctai');
    expect(stored.contrat.conventionPtai).toBeNull();
    expect((await getDossier(db, 'old'))?.forme).toBe('ctai');
    const rows = await db.dossiers.toArray();
    expect(rows[0]?.forme).toBe('ctai');
    expect(filterDossiers(rows, { ...EMPTY_FILTER, forme: 'ctai' }, '2026-03-01')).toHaveLength(1);
    expect(filterDossiers(rows, { ...EMPTY_FILTER, forme: 'ptai' }, '2026-03-01')).toHaveLength(0);
    // An upgrade is not an edit: a dossier sent before it is not « modifié depuis le dernier échange ».
    const context = testContext({ db });
    expect(await dossiersChangedSince(context, '2025-06-02T00:00:00.000Z')).toEqual([]);
    expect(await dossiersChangedSince(context, '2025-05-31T00:00:00.000Z')).toEqual(['old']);
    await db.delete();
  });
});
