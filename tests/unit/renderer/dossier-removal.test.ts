import { describe, expect, it } from 'vitest';
import { createDossier, editDossier } from '../../../renderer/db/dossiers-repository';
import { deleteDossier, dossierDeletability, dossiersOfSameCollectivite } from '../../../renderer/db/dossier-removal';
import { loadReferentiel } from '../../../cli/referentiel-node';
import { generateDemoDossiers } from '../../../shared/demo/generate-demo';
import { testContext } from '../helpers/test-context';

describe('dossiers of the same collectivité', () => {
  it('are found by official code, or by name and type for a name typed by hand', async () => {
    const context = testContext();
    const flour = loadReferentiel().entries.find((e) => e.nom === 'Saint-Flour' && e.type === 'commune')!;
    const created = await createDossier(context, { nom: flour.nom, type: 'commune' }, flour);
    await createDossier(context, { nom: 'Saint-Flour', type: 'communaute-de-communes' });
    if (!created.ok) throw new Error('not created');
    const byCode = await dossiersOfSameCollectivite(context.db, { codes: [flour.codeInsee], nom: '', type: '' });
    expect(byCode.map((row) => row.id)).toEqual([created.dossier.id]);
    const byName = await dossiersOfSameCollectivite(context.db, { codes: [], nom: 'saint flour', type: 'commune' });
    expect(byName.map((row) => row.id)).toEqual([created.dossier.id]);
    expect(await dossiersOfSameCollectivite(context.db, { codes: [], nom: 'Aurillac', type: 'commune' })).toEqual([]);
    await context.db.delete();
  });

  it('never twice in the demo data', () => {
    const dossiers = generateDemoDossiers(loadReferentiel().entries, { count: 200, seed: 2026 });
    const keys = dossiers.map(
      (d) => `${d.collectivite.type} ${d.collectivite.codeInsee || d.collectivite.siren || d.collectivite.nom}`,
    );
    expect(new Set(keys).size).toBe(200);
    expect(dossiers.filter((d) => d.collectivite.nom === 'Bordeaux Métropole').length).toBeLessThanOrEqual(1);
  });
});

describe('deleting a dossier', () => {
  it('is allowed only for a dossier never exchanged nor signed, and takes its documents', async () => {
    const context = testContext();
    const made = await Promise.all(
      ['Aurillac', 'Mauriac', 'Murat'].map((nom) => createDossier(context, { nom, type: 'commune' })),
    );
    const [alone, exchanged, signed] = made.map((result) => (result.ok ? result.dossier.id : ''));
    await context.db.journal.add({
      id: 'j1',
      at: '2026-03-01T10:00:00Z',
      direction: 'export',
      correspondent: 'Sous-préfecture de Saint-Flour',
      dossiers: [exchanged!],
      fileSha256: '',
    });
    const edit = await editDossier(
      context,
      signed!,
      [{ op: 'set', path: ['workflow', 'etape'], value: 'signature' }],
      'Signature',
    );
    expect(edit.ok).toBe(true);
    await context.db.documents.add({
      id: 'doc1',
      dossierId: alone!,
      kind: 'letter',
      year: null,
      version: 1,
      format: 'pdf',
      name: 'lettre.pdf',
      createdAt: '2026-03-01T10:00:00Z',
      author: 'Claire Martin',
      sha256: '',
      bytes: new Uint8Array([1]),
      signed: false,
    });
    expect(await dossierDeletability(context.db, alone!)).toEqual({ deletable: true });
    expect(await dossierDeletability(context.db, exchanged!)).toEqual({ deletable: false, reason: 'exchanged' });
    expect(await dossierDeletability(context.db, signed!)).toEqual({ deletable: false, reason: 'signed' });
    expect(await deleteDossier(context.db, exchanged!)).toBe(false);
    expect(await context.db.dossiers.get(exchanged!)).toBeDefined();
    expect(await deleteDossier(context.db, alone!)).toBe(true);
    expect(await context.db.dossiers.get(alone!)).toBeUndefined();
    expect(await context.db.dossierViews.get(alone!)).toBeUndefined();
    expect(await context.db.documents.count()).toBe(0);
    await context.db.delete();
  });
});
