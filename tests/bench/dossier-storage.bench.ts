// dossier.edits.1000: ms to apply and store 1 000 field edits to one dossier (Automerge change,
// validation, JSON view and document written in one transaction each), against writing the
// plain JSON view alone (what the CRDT costs).
// dossiers.store.10000: ms to store 10 000 demo dossiers with their documents, against the
// plain JSON rows alone. Both on fake-indexeddb in Node (the Chromium numbers come with the
// screens' benchmarks).
import 'fake-indexeddb/auto';
import '@automerge/automerge';
import { loadReferentiel } from '../../cli/referentiel-node';
import { CtaiDatabase } from '../../renderer/db/database';
import { dossierRow } from '../../renderer/db/dossier-row';
import { editDossier, storeDossiers, type RepositoryContext } from '../../renderer/db/dossiers-repository';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { result, type BenchResult } from './bench-result';

let databases = 0;

function context(): RepositoryContext {
  return {
    db: new CtaiDatabase(`bench-${++databases}`),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    author: () => ({ nom: 'Banc d’essai', service: 'Performance', site: 'Local' }),
    automergeReady: async () => undefined,
  };
}

async function time(run: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export async function run(): Promise<BenchResult[]> {
  const entries = loadReferentiel().entries;
  const [dossier] = generateDemoDossiers(entries, { count: 1, seed: 5, actions: 10 });
  const edits = await (async () => {
    const ctx = context();
    await storeDossiers(ctx, [dossier!]);
    const ms = await time(async () => {
      for (let i = 0; i < 1000; i++) {
        const path = i % 2 ? ['collectivite', 'population'] : ['actions', i % 10, 'budgets', 0, 'coutTotal'];
        const outcome = await editDossier(ctx, dossier!.id, [{ op: 'set', path, value: 100_000 + i }], 'bench');
        if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
      }
    });
    await ctx.db.delete();
    return ms;
  })();
  const plainEdits = await (async () => {
    const ctx = context();
    let view = structuredClone(dossier!);
    const ms = await time(async () => {
      for (let i = 0; i < 1000; i++) {
        view = { ...view, collectivite: { ...view.collectivite, population: i } };
        await ctx.db.transaction('rw', ctx.db.dossiers, ctx.db.dossierViews, async () => {
          await ctx.db.dossiers.put(dossierRow(view, i));
          await ctx.db.dossierViews.put({ id: view.id, view });
        });
      }
    });
    await ctx.db.delete();
    return ms;
  })();

  const many = generateDemoDossiers(entries, { count: 10_000, seed: 6 });
  const store = await (async () => {
    const ctx = context();
    const ms = await time(() => storeDossiers(ctx, many));
    await ctx.db.delete();
    return ms;
  })();
  const plainStore = await (async () => {
    const ctx = context();
    const ms = await time(() =>
      ctx.db.transaction('rw', ctx.db.dossiers, ctx.db.dossierViews, async () => {
        await ctx.db.dossiers.bulkPut(many.map((d) => dossierRow(d, 1)));
        await ctx.db.dossierViews.bulkPut(many.map((view) => ({ id: view.id, view })));
      }),
    );
    await ctx.db.delete();
    return ms;
  })();

  return [
    result('dossier.edits.1000', edits, 'ms', { name: 'plain JSON view writes, no CRDT', value: plainEdits }),
    result('dossiers.store.10000', store, 'ms', { name: 'plain JSON rows, no CRDT', value: plainStore }),
  ];
}
