import '@automerge/automerge';
import * as A from '@automerge/automerge/slim';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeDossierDoc,
  createDossierDoc,
  docToJson,
  saveDossierDoc,
  type DossierDoc,
  type DossierEdit,
} from '../../../shared/sync/dossier-doc';
import { dossierConflicts, mergeReceived } from '../../../shared/sync/merge-dossier';
import { corpusDossier } from '../../bundle-corpus/make-corpus';

const base = corpusDossier();
const author = (site: string) => ({ author: { nom: site, service: '', site }, summary: 'edit', paths: [] });
const origin = createDossierDoc(base, author('origine'), new Date(0), 'aa'.repeat(16));
const originBytes = saveDossierDoc(origin);

/** Field edits a site can make; each arbitrary picks one with a value. */
const edit = fc.oneof(
  fc.record({ path: fc.constant(['collectivite', 'population']), value: fc.integer({ min: 0, max: 1_000_000 }) }),
  fc.record({ path: fc.constant(['collectivite', 'nom']), value: fc.constantFrom('Vienne', 'Grenoble', 'Tours') }),
  fc.record({ path: fc.constant(['actions', 0, 'description']), value: fc.string({ maxLength: 20 }) }),
  fc.record({
    path: fc.constant(['actions', 0, 'budgets', 0, 'coutTotal']),
    value: fc.integer({ min: 0, max: 10_000_000 }),
  }),
  fc.record({ path: fc.constant(['diagnostic', 'synthese']), value: fc.string({ maxLength: 20 }) }),
);

function site(actor: string, edits: readonly { path: readonly (string | number)[]; value: unknown }[]): DossierDoc {
  let doc = A.clone(A.load<Record<string, unknown>>(originBytes), { actor });
  for (const e of edits)
    doc = changeDossierDoc(
      doc,
      [{ op: 'set', path: [...e.path], value: e.value } as DossierEdit],
      author(actor),
      new Date(0),
    );
  return doc;
}

describe('merging concurrent edits', () => {
  it('is commutative: A then B equals B then A', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), fc.array(edit, { maxLength: 6 }), (editsA, editsB) => {
        const a = site('a1'.repeat(16), editsA);
        const b = site('b2'.repeat(16), editsB);
        const ab = mergeReceived(a, saveDossierDoc(b));
        const ba = mergeReceived(b, saveDossierDoc(a));
        expect(docToJson(ab)).toEqual(docToJson(ba));
        expect(dossierConflicts(ab)).toEqual(dossierConflicts(ba));
      }),
      { numRuns: 60 },
    );
  });

  it('is idempotent: importing twice equals importing once', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), fc.array(edit, { maxLength: 6 }), (editsA, editsB) => {
        const a = site('a1'.repeat(16), editsA);
        const received = saveDossierDoc(site('b2'.repeat(16), editsB));
        const once = mergeReceived(a, received);
        const twice = mergeReceived(once, received);
        expect(docToJson(twice)).toEqual(docToJson(once));
        expect(A.getHeads(twice)).toEqual(A.getHeads(once));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps both edits of different fields, and shows a conflict on the same field', () => {
    const a = site('a1'.repeat(16), [{ path: ['actions', 0, 'description'], value: 'Décrite par la préfecture' }]);
    const b = site('b2'.repeat(16), [{ path: ['actions', 0, 'budgets', 0, 'coutTotal'], value: 4_200_000 }]);
    const merged = docToJson(mergeReceived(a, saveDossierDoc(b))) as typeof base;
    expect(merged.actions[0]!.description).toBe('Décrite par la préfecture');
    expect(merged.actions[0]!.budgets[0]!.coutTotal).toBe(4_200_000);

    const c = site('c3'.repeat(16), [{ path: ['collectivite', 'population'], value: 100 }]);
    const d = site('d4'.repeat(16), [{ path: ['collectivite', 'population'], value: 200 }]);
    const conflicts = dossierConflicts(mergeReceived(c, saveDossierDoc(d)));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.path).toBe('collectivite.population');
    // Each value with the site that wrote it.
    expect(conflicts[0]!.choices.map(({ value, author }) => [value, author?.site]).sort()).toEqual([
      [100, 'c3'.repeat(16)],
      [200, 'd4'.repeat(16)],
    ]);
    expect(conflicts[0]!.choices.every(({ time }) => time?.getTime() === 0)).toBe(true);

    // The same value given on both sides is nothing to arbitrate.
    const e = site('e5'.repeat(16), [{ path: ['collectivite', 'population'], value: 300 }]);
    const f = site('f6'.repeat(16), [{ path: ['collectivite', 'population'], value: 300 }]);
    const same = mergeReceived(e, saveDossierDoc(f));
    const collectivite = same.collectivite as A.Doc<Record<string, unknown>>;
    expect(Object.keys(A.getConflicts(collectivite, 'population') ?? {})).toHaveLength(2);
    expect(dossierConflicts(same)).toEqual([]);
  });
});
