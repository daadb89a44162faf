import { describe, expect, it } from 'vitest';
import { CtaiDatabase } from '../../../renderer/db/database';
import { numberReservedDossiers, NUMBERING_KEY } from '../../../renderer/db/dossier-numbering';
import { createDossier, getDetailedHistory, getDossier } from '../../../renderer/db/dossiers-repository';
import { putDossier } from '../../../renderer/db/dossier-row';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';
import { drawDossierNumber, formatDossierNumber, siteMarkFrom } from '../../../shared/dossier/dossier-number';
import { filterDossiers, EMPTY_FILTER } from '../../../shared/dossier/dossier-filter';
import { emptyDossier } from '../../../shared/dossier/new-dossier-factory';
import { createDossierDoc, saveDossierDoc } from '../../../shared/sync/dossier-doc';
import { testContext } from '../helpers/test-context';

const author = { nom: 'Claire Martin', service: 'Bureau', site: 'Préfecture du Cantal' };

describe('dossier numbers', () => {
  it('are département, year, site mark and a sequence of at least three digits', () => {
    expect(formatDossierNumber({ departement: '15', year: 2026, site: 'K7Q2', sequence: 3 })).toBe(
      'CTAI-15-2026-K7Q2-003',
    );
    expect(formatDossierNumber({ departement: '2A', year: 2027, site: 'K7Q2', sequence: 1204 })).toBe(
      'CTAI-2A-2027-K7Q2-1204',
    );
    // Crockford's alphabet: 255 % 32 = 31 → Z, 8 → 8, 18 → J (no I), 23 → Q (no O).
    expect(siteMarkFrom(new Uint8Array([255, 8, 18, 23]))).toBe('Z8JQ');
  });

  it('count per département and year', () => {
    let state = { site: 'AB12', next: {} as Record<string, number> };
    const numbers: string[] = [];
    for (const [dep, year] of [
      ['15', 2026],
      ['15', 2026],
      ['63', 2026],
      ['15', 2027],
      ['15', 2026],
    ] as const) {
      const drawn = drawDossierNumber(state, dep, year);
      state = drawn.state;
      numbers.push(drawn.numero);
    }
    expect(numbers).toEqual([
      'CTAI-15-2026-AB12-001',
      'CTAI-15-2026-AB12-002',
      'CTAI-63-2026-AB12-001',
      'CTAI-15-2027-AB12-001',
      'CTAI-15-2026-AB12-003',
    ]);
  });

  it('are given at creation, one after the other, and found by the list search', async () => {
    const context = testContext();
    const input = { nom: 'Saint-Flour', type: 'commune' };
    const first = await createDossier(context, input, undefined, null);
    const second = await createDossier(context, input, undefined, null);
    if (!first.ok || !second.ok) throw new Error('not created');
    const site = ((await context.db.settings.get(NUMBERING_KEY))?.value as { site: string }).site;
    expect(site).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(first.dossier.numero).toBe(`CTAI-00-2026-${site}-001`);
    expect(second.dossier.numero).toBe(`CTAI-00-2026-${site}-002`);
    // The number is in the history too (the view is what the history gives).
    const rows = await context.db.dossiers.toArray();
    expect(rows.map((row) => row.numero).sort()).toEqual([first.dossier.numero, second.dossier.numero]);
    expect(filterDossiers(rows, { ...EMPTY_FILTER, query: `2026-${site}-002` }, '2026-03-01')).toHaveLength(1);
    expect(filterDossiers(rows, { ...EMPTY_FILTER, query: 'ctai-00' }, '2026-03-01')).toHaveLength(2);
    await context.db.delete();
  });
});

describe('schema migration 4 → 5', () => {
  it('numbers the dossiers created here, in creation order; reserves for those with a history', async () => {
    const name = `migration-v5-${Date.now()}`;
    const v4 = new CtaiDatabase(name, {}, SCHEMA_VERSIONS.slice(0, 4));
    const make = (id: string, created: string, dep: string) => {
      const dossier = emptyDossier({ nom: id, type: 'commune' }, id, new Date(created));
      const { numero: _unused, ...older } = dossier;
      void _unused;
      return { ...older, collectivite: { ...older.collectivite, departement: { code: dep, nom: '' } } };
    };
    const late = make('late', '2025-06-01T10:00:00Z', '15');
    const early = make('early', '2025-02-01T10:00:00Z', '15');
    const received = make('received', '2025-01-01T10:00:00Z', '15');
    const edited = make('edited', '2025-03-01T10:00:00Z', '15');
    await v4.transaction('rw', [v4.dossiers, v4.dossierViews, v4.dossierDocs, v4.journal], async () => {
      for (const view of [late, early, received]) await putDossier(v4, view as never, null, 1);
      const doc = createDossierDoc(edited as never, { author, summary: 'Création du dossier', paths: [] }, new Date());
      await putDossier(v4, edited as never, saveDossierDoc(doc), 2);
      await v4.journal.add({
        id: 'j',
        at: '2025-01-02T00:00:00Z',
        direction: 'import',
        correspondent: 'Sous-préfecture',
        dossiers: ['received'],
        fileSha256: '',
      });
    });
    v4.close();

    const db = new CtaiDatabase(name);
    const context = testContext({ db });
    const site = ((await db.settings.get(NUMBERING_KEY))?.value as { site: string }).site;
    expect((await getDossier(db, 'early'))?.numero).toBe(`CTAI-15-2025-${site}-001`);
    expect((await getDossier(db, 'late'))?.numero).toBe(`CTAI-15-2025-${site}-003`);
    expect((await getDossier(db, 'received'))?.numero).toBe('');
    expect((await db.dossiers.get('late'))?.numero).toBe(`CTAI-15-2025-${site}-003`);
    // The dossier with a history gets its reserved number as a change, once Automerge runs.
    expect((await getDossier(db, 'edited'))?.numero).toBe('');
    expect(await numberReservedDossiers(context)).toBe(1);
    expect((await getDossier(db, 'edited'))?.numero).toBe(`CTAI-15-2025-${site}-002`);
    expect((await getDetailedHistory(context, 'edited')).at(-1)?.summary).toBe(
      `Numéro du dossier : CTAI-15-2025-${site}-002`,
    );
    expect(await numberReservedDossiers(context)).toBe(0);
    // New dossiers continue the sequence.
    expect(((await db.settings.get(NUMBERING_KEY))?.value as { next: Record<string, number> }).next['15-2025']).toBe(4);
    await db.delete();
  });
});

describe('documents', () => {
  it('name the dossier number in their footer and keywords', async () => {
    const { buildDocument } = await import('../../../shared/documents/generate');
    const dossier = {
      ...emptyDossier({ nom: 'Saint-Flour', type: 'commune' }, 'd', new Date()),
      numero: 'CTAI-15-2026-K7Q2-003',
    };
    const built = buildDocument({ kind: 'summary', dossier, author: 'Claire Martin', date: '2026-03-01' });
    if (!built.ok) throw new Error(JSON.stringify(built));
    expect(built.model.footer).toMatch(/dossier n°\sCTAI-15-2026-K7Q2-003$/);
    expect(built.model.meta.keywords).toContain('CTAI-15-2026-K7Q2-003');
  });
});
