import { afterEach, describe, expect, it } from 'vitest';
import {
  createDossier,
  editDossier,
  getDossier,
  getDetailedHistory,
  storeDossiers,
} from '../../../renderer/db/dossiers-repository';
import { listDossiers } from '../../../renderer/db/dossier-list';
import { sortDossiers } from '../../../shared/dossier/dossier-filter';
import { diffToEdits } from '../../../shared/sync/diff-edits';
import { loadDossierDoc, docToJson } from '../../../shared/sync/dossier-doc';
import { demoDossiers } from '../helpers/demo';
import { testContext, type TestContext } from '../helpers/test-context';

const contexts: TestContext[] = [];
function fresh(options?: Parameters<typeof testContext>[0]) {
  const context = testContext(options);
  contexts.push(context);
  return context;
}

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.db.delete();
});

describe('dossiers repository', () => {
  it('stores a valid dossier and lists dossiers by name, accents ignored', async () => {
    const context = fresh();
    await createDossier(context, { nom: 'Tours', type: 'commune' });
    await createDossier(context, { nom: 'Éure-et-Loir', type: 'departement' });
    const result = await createDossier(context, { nom: 'Angers Loire Métropole', type: 'communaute-urbaine' });
    expect(result.ok).toBe(true);
    const names = sortDossiers(await listDossiers(context.db), 'nom').map((row) => row.nom);
    expect(names).toEqual(['Angers Loire Métropole', 'Éure-et-Loir', 'Tours']);
    const stored = await getDossier(context.db, 'dossier-1');
    expect(stored?.createdAt).toBe('2026-03-01T09:00:00.000Z');
    expect(stored?.collectivite.source).toBe('saisie-libre');
  });

  it('renaming the collectivité derives its type de nom again; the same name keeps it', async () => {
    const context = fresh();
    await createDossier(context, { nom: 'Le Havre', type: 'commune' });
    // As picked from the official list: the name with INSEE's type de nom (2: « du Havre »).
    await editDossier(context, 'dossier-1', [{ op: 'set', path: ['collectivite', 'typeLiaison'], value: 2 }], 'Type');
    await editDossier(context, 'dossier-1', [{ op: 'set', path: ['collectivite', 'nom'], value: ' Le Havre ' }], 'Nom');
    expect((await getDossier(context.db, 'dossier-1'))?.collectivite.typeLiaison).toBe(2);
    const renamed = await editDossier(
      context,
      'dossier-1',
      [{ op: 'set', path: ['collectivite', 'nom'], value: 'Angers' }],
      'Nom',
    );
    expect(renamed.ok).toBe(true);
    const view = await getDossier(context.db, 'dossier-1');
    expect(view?.collectivite.typeLiaison).toBeNull();
    // The documents join the new name by its own form: « d’Angers », not « du Angers ».
    const { collectiviteDesignations } = await import('../../../shared/dossier/designations');
    expect(collectiviteDesignations(view!.collectivite).de).toBe('de la commune d’Angers');
  });

  it('stores nothing when the input is invalid', async () => {
    const context = fresh();
    const result = await createDossier(context, { nom: '', type: 'commune' });
    expect(result).toEqual({ ok: false, errors: { nom: 'Le nom de la collectivité est obligatoire.' } });
    expect(await context.db.dossiers.count()).toBe(0);
    expect(await context.db.dossierDocs.count()).toBe(0);
    expect(await context.db.dossierViews.count()).toBe(0);
  });

  it('applies an edit to the document and the view together, with its author and time', async () => {
    const context = fresh();
    await createDossier(context, { nom: 'Grenoble', type: 'commune' });
    context.tick();
    const result = await editDossier(
      context,
      'dossier-1',
      [{ op: 'set', path: ['collectivite', 'population'], value: 156140 }],
      'Population',
    );
    expect(result.ok).toBe(true);
    const view = await getDossier(context.db, 'dossier-1');
    expect(view?.collectivite.population).toBe(156140);
    expect(view?.updatedAt).toBe('2026-03-01T09:01:00.000Z');
    const stored = await context.db.dossierDocs.get('dossier-1');
    expect(docToJson(loadDossierDoc(stored!.bytes!))).toEqual(view);

    const history = await getDetailedHistory(context, 'dossier-1');
    expect(history.map((entry) => entry.summary)).toEqual(['Création du dossier', 'Population']);
    expect(history[1]).toMatchObject({
      author: { nom: 'Claire Martin', site: 'Préfecture de l’Isère' },
      paths: ['collectivite.population'],
      time: new Date('2026-03-01T09:01:00Z'),
    });
  });

  it('stores text as the schema keeps it, in the history too, and records no change when that is the stored value', async () => {
    const context = fresh();
    await createDossier(context, { nom: 'Saint-Flour', type: 'commune' });
    context.tick();
    const nom = ['collectivite', 'representant', 'nom'];
    const typed = await editDossier(
      context,
      'dossier-1',
      [{ op: 'set', path: nom, value: '  Anne\u0007 Duval ' }],
      'Nom',
    );
    expect(typed).toMatchObject({ ok: true });
    const stored = await context.db.dossierDocs.get('dossier-1');
    // The history holds the cleaned text, as the view does (the two travel together).
    expect(docToJson(loadDossierDoc(stored!.bytes!))).toEqual(await getDossier(context.db, 'dossier-1'));
    expect((await getDossier(context.db, 'dossier-1'))!.collectivite.representant.nom).toBe('Anne Duval');
    // The same name with control characters and spaces around it: nothing changes, nothing is written.
    context.tick();
    const same = await editDossier(context, 'dossier-1', [{ op: 'set', path: nom, value: 'Anne Duval\u0001 ' }], 'Nom');
    expect(same).toMatchObject({ ok: true, unchanged: true });
    const history = await getDetailedHistory(context, 'dossier-1');
    expect(history.map((entry) => entry.summary)).toEqual(['Création du dossier', 'Nom']);
  });

  it('refuses an invalid value in French and leaves the stored dossier unchanged', async () => {
    const context = fresh();
    await createDossier(context, { nom: 'Rennes', type: 'commune' });
    const before = await context.db.dossierDocs.get('dossier-1');
    const result = await editDossier(
      context,
      'dossier-1',
      [{ op: 'set', path: ['collectivite', 'codeInsee'], value: '3523' }],
      'Code INSEE',
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: ['collectivite', 'codeInsee'],
          message: 'Code INSEE doit comporter 5 caractères (par exemple 38185 ou 2A004).',
        },
      ],
    });
    expect((await getDossier(context.db, 'dossier-1'))?.collectivite.codeInsee).toBe('');
    expect((await context.db.dossierDocs.get('dossier-1'))?.bytes).toEqual(before?.bytes);
    expect(await getDetailedHistory(context, 'dossier-1')).toHaveLength(1);
  });

  it('appends each change to the stored document, compacting now and then, and loses none', async () => {
    const context = fresh();
    const created = await createDossier(context, { nom: 'Tours', type: 'commune' });
    if (!created.ok) throw new Error('création');
    const id = created.dossier.id;
    const sizes: number[] = [];
    for (let i = 1; i <= 130; i++) {
      context.tick(1000);
      const edit = await editDossier(
        context,
        id,
        [{ op: 'set', path: ['diagnostic', 'synthese'], value: `v${i}` }],
        `e${i}`,
      );
      expect(edit.ok).toBe(true);
      // A refused edit in between leaves nothing behind and does not block the next one.
      if (i % 40 === 0)
        expect(
          (await editDossier(context, id, [{ op: 'set', path: ['collectivite', 'nom'], value: '' }], 'x')).ok,
        ).toBe(false);
      sizes.push((await context.db.dossierDocs.get(id))!.bytes!.length);
    }
    const bytes = (await context.db.dossierDocs.get(id))!.bytes!;
    expect(docToJson(loadDossierDoc(bytes))).toEqual(await getDossier(context.db, id));
    expect((await getDetailedHistory(context, id)).map((entry) => entry.summary).slice(-2)).toEqual(['e129', 'e130']);
    // Twice in 130 writes the whole document is saved again, smaller than the appended bytes.
    expect(sizes.filter((size, i) => i > 0 && size < sizes[i - 1]!)).toHaveLength(2);
  }, 60_000); // Hundreds of stored changes: slow on a loaded machine, not a timing check.

  it('stores a whole new version as the fields it changes only', async () => {
    const context = fresh();
    const [demo] = demoDossiers({ count: 1 });
    await storeDossiers(context, [demo!]);
    const after = structuredClone(demo!);
    after.actions[0]!.budgets[0]!.coutTotal += 100_00;
    after.actions[0]!.budgets[0]!.cofinanceurs[0]!.montant += 100_00;
    const result = await editDossier(context, demo!.id, diffToEdits(demo!, after), 'Budget');
    expect(result.ok).toBe(true);
    const history = await getDetailedHistory(context, demo!.id);
    expect(history.map((entry) => entry.summary)).toEqual(['Reprise du dossier', 'Budget']);
    expect(history.at(-1)?.paths.sort()).toEqual([
      'actions.0.budgets.0.cofinanceurs.0.montant',
      'actions.0.budgets.0.coutTotal',
    ]);
  });

  it('turns a full disk into a French message and keeps what was stored', async () => {
    const context = fresh();
    await createDossier(context, { nom: 'Tours', type: 'commune' });
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const original = context.db.dossierDocs.put.bind(context.db.dossierDocs);
    context.db.dossierDocs.put = () => Promise.reject(quota) as never;
    await expect(
      editDossier(
        context,
        'dossier-1',
        [{ op: 'set', path: ['collectivite', 'nom'], value: 'Tours Métropole' }],
        'Nom',
      ),
    ).rejects.toMatchObject({ code: 'storage-quota', message: expect.stringContaining('espace de stockage') });
    context.db.dossierDocs.put = original;
    expect((await getDossier(context.db, 'dossier-1'))?.collectivite.nom).toBe('Tours');
    const next = await editDossier(
      context,
      'dossier-1',
      [{ op: 'set', path: ['collectivite', 'population'], value: 1 }],
      'Population',
    );
    expect(next.ok).toBe(true);
    expect((await getDossier(context.db, 'dossier-1'))?.collectivite.nom).toBe('Tours');
  });
});

describe('signed contract', () => {
  it('refuses changes to granted amounts once signed, and keeps other edits possible', async () => {
    const context = fresh();
    const signed = demoDossiers({ count: 8 }).find((d) => d.workflow.etape === 'signature')!;
    await storeDossiers(context, [signed]);
    const granted = await editDossier(
      context,
      signed.id,
      [{ op: 'set', path: ['actions', 0, 'budgets', 0, 'ctaiAccorde'], value: 1 }],
      'CTAI accordé',
    );
    expect(granted).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: expect.stringMatching(/^Le contrat est signé : le montant de sa première année/),
        }),
      ],
    });
    expect((await getDossier(context.db, signed.id))?.actions[0]?.budgets[0]?.ctaiAccorde).toBe(
      signed.actions[0]!.budgets[0]!.ctaiAccorde,
    );
    const description = await editDossier(
      context,
      signed.id,
      [{ op: 'set', path: ['actions', 0, 'description'], value: 'Précisée' }],
      'Description',
    );
    expect(description.ok).toBe(true);
  });
});
