import * as fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { editDossier, getDossier, storeDossiers } from '../../../renderer/db/dossiers-repository';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { valueAt } from '../../../shared/dossier/field-path';
import { validateDossier } from '../../../shared/dossier/validation';
import {
  applyEditsToJson,
  changeDossierDoc,
  createDossierDoc,
  docToJson,
  loadDossierDoc,
  saveDossierDoc,
  type DossierEdit,
} from '../../../shared/sync/dossier-doc';
import { demoDossiers } from '../helpers/demo';
import { testContext } from '../helpers/test-context';

const pool = demoDossiers({ count: 16, seed: 99 });
const author = { nom: 'Nadia Benali', service: 'Bureau de l’intégration', site: 'Sous-préfecture de Vienne' };

/** A raw random step, turned into a valid edit against the dossier as it is at that moment. */
const rawStep = fc.record({
  kind: fc.constantFrom(
    'text',
    'amount',
    'population',
    'add-cofunder',
    'remove-cofunder',
    'add-action',
    'remove-action',
  ),
  n: fc.nat(),
  text: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0 && t.trim() === t),
  amount: fc.integer({ min: 0, max: 50_000_000 }),
});

type RawStep = typeof rawStep extends fc.Arbitrary<infer T> ? T : never;

function toEdit(dossier: Dossier, step: RawStep): DossierEdit | null {
  const actionIndex = dossier.actions.length ? step.n % dossier.actions.length : -1;
  const action = dossier.actions[actionIndex];
  switch (step.kind) {
    case 'text':
      return action
        ? { op: 'set', path: ['actions', actionIndex, 'description'], value: step.text }
        : { op: 'set', path: ['collectivite', 'nom'], value: step.text };
    case 'population':
      return { op: 'set', path: ['collectivite', 'population'], value: step.amount };
    case 'amount': {
      if (!action || action.budgets.length === 0) return null;
      return {
        op: 'set',
        path: ['actions', actionIndex, 'budgets', step.n % action.budgets.length, 'coutTotal'],
        value: step.amount,
      };
    }
    case 'add-cofunder': {
      if (!action || action.budgets.length === 0) return null;
      const b = step.n % action.budgets.length;
      const list = action.budgets[b]!.cofinanceurs;
      return {
        op: 'insert',
        path: ['actions', actionIndex, 'budgets', b, 'cofinanceurs'],
        index: step.n % (list.length + 1),
        value: { nom: step.text, montant: step.amount },
      };
    }
    case 'remove-cofunder': {
      if (!action || action.budgets.length === 0) return null;
      const b = step.n % action.budgets.length;
      const list = action.budgets[b]!.cofinanceurs;
      if (list.length === 0) return null;
      return {
        op: 'delete',
        path: ['actions', actionIndex, 'budgets', b, 'cofinanceurs'],
        index: step.n % list.length,
      };
    }
    case 'add-action': {
      const template = pool[step.n % pool.length]!.actions[0];
      if (!template || dossier.actions.length >= 50) return null;
      return {
        op: 'insert',
        path: ['actions'],
        index: step.n % (dossier.actions.length + 1),
        value: { ...template, id: `a-${step.n}`, intitule: step.text },
      };
    }
    case 'remove-action':
      return action ? { op: 'delete', path: ['actions'], index: actionIndex } : null;
    default:
      return null;
  }
}

describe('dossier properties', () => {
  it('any valid dossier survives JSON export and re-import unchanged', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: pool.length - 1 }),
        fc.string(),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.string(),
        (i, nom, population, description) => {
          const candidate = structuredClone(pool[i]!);
          candidate.collectivite.nom = `${nom}x`;
          candidate.collectivite.population = population;
          if (candidate.actions[0]) candidate.actions[0].description = description;
          const valid = validateDossier(candidate);
          fc.pre(valid.ok);
          if (!valid.ok) return;
          const exported = JSON.stringify(valid.value, null, 2);
          const reimported = validateDossier(JSON.parse(exported));
          expect(reimported).toEqual({ ok: true, value: valid.value });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the Automerge document and its JSON view never disagree after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.nat({ max: pool.length - 1 }), fc.array(rawStep, { maxLength: 25 }), (i, steps) => {
        let json: Dossier = pool[i]!;
        let doc = createDossierDoc(json, { author, summary: 'création', paths: [] }, new Date(0));
        // The document also keeps a tombstone for each object deleted from a list (tombstones.ts),
        // which plain JSON edits cannot write: compared apart, by count.
        let deletedObjects = 0;
        const withoutTombstones = (value: unknown) => ({ ...(value as Dossier), suppressions: [] });
        for (const step of steps) {
          const edit = toEdit(json, step);
          if (!edit) continue;
          if (edit.op === 'delete') {
            const deleted = (valueAt(json, edit.path) as unknown[])[edit.index];
            if (deleted !== null && typeof deleted === 'object' && !Array.isArray(deleted)) deletedObjects += 1;
          }
          doc = changeDossierDoc(doc, [edit], { author, summary: step.kind, paths: [] }, new Date(0));
          json = applyEditsToJson(json, [edit]);
          expect(withoutTombstones(docToJson(doc))).toEqual(withoutTombstones(json));
        }
        const reloaded = docToJson(loadDossierDoc(saveDossierDoc(doc))) as Dossier;
        expect(withoutTombstones(reloaded)).toEqual(withoutTombstones(json));
        expect(reloaded.suppressions ?? []).toHaveLength(deletedObjects);
      }),
      { numRuns: 150 },
    );
    // 150 runs of up to 25 Automerge changes: about 16 s alone, more on a loaded machine.
  }, 90_000);

  const context = testContext();
  let runs = 0;
  afterAll(() => context.db.delete());

  it('through the repository too, the stored view always equals the stored document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: pool.length - 1 }), fc.array(rawStep, { maxLength: 10 }), async (i, steps) => {
        const start = { ...pool[i]!, id: `p-${++runs}` };
        await storeDossiers(context, [start]);
        for (const step of steps) {
          const current = (await getDossier(context.db, start.id))!;
          const edit = toEdit(current, step);
          if (edit) await editDossier(context, start.id, [edit], step.kind);
        }
        const view = await getDossier(context.db, start.id);
        const stored = await context.db.dossierDocs.get(start.id);
        // A dossier never edited has no document yet: its view is still the one stored.
        if (stored?.bytes) expect(docToJson(loadDossierDoc(stored.bytes))).toEqual(view);
        else expect(view).toEqual(start);
      }),
      { numRuns: 25 },
    );
  });
});
