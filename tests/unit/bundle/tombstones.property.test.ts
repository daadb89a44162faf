// Deletions against edits, merged in every order: the same dossier and the same conflicts
// whatever the order, and no edit lost without a conflict that names it.
import '@automerge/automerge';
import * as A from '@automerge/automerge/slim';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import {
  changeDossierDoc,
  createDossierDoc,
  docToJson,
  saveDossierDoc,
  type DossierDoc,
  type DossierEdit,
} from '../../../shared/sync/dossier-doc';
import { dossierConflicts, mergeReceived } from '../../../shared/sync/merge-dossier';
import { deletionConflicts, resolveDeletion } from '../../../shared/sync/tombstones';
import { corpusDossier } from '../../bundle-corpus/make-corpus';

const base: Dossier = (() => {
  const dossier = corpusDossier();
  // Three actions, so that deletions and edits can land on different ones.
  const [first] = dossier.actions;
  return {
    ...dossier,
    actions: ['a-1', 'a-2', 'a-3'].map((id, i) => ({ ...first!, id, intitule: `Action ${i + 1}` })),
  };
})();
const message = (site: string) => ({ author: { nom: `Agent ${site}`, service: '', site }, summary: 'x', paths: [] });
const originBytes = saveDossierDoc(createDossierDoc(base, message('origine'), new Date(0), 'aa'.repeat(16)));
const ACTORS = ['a1'.repeat(16), 'b2'.repeat(16), 'c3'.repeat(16)];

/** What a site does: edit an action's description or cost, or delete the action (by id). */
type Step =
  | { kind: 'describe'; action: string; value: string }
  | { kind: 'cost'; action: string; value: number }
  | { kind: 'delete'; action: string };

const actionId = fc.constantFrom('a-1', 'a-2', 'a-3');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('describe' as const), action: actionId, value: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('cost' as const), action: actionId, value: fc.integer({ min: 0, max: 9_999_999 }) }),
  fc.record({ kind: fc.constant('delete' as const), action: actionId }),
);

function edits(doc: DossierDoc, s: Step): DossierEdit[] {
  const index = (docToJson(doc) as Dossier).actions.findIndex((a) => a.id === s.action);
  if (index < 0) return [];
  if (s.kind === 'delete') return [{ op: 'delete', path: ['actions'], index }];
  if (s.kind === 'describe') return [{ op: 'set', path: ['actions', index, 'description'], value: s.value }];
  return [{ op: 'set', path: ['actions', index, 'budgets', 0, 'coutTotal'], value: s.value }];
}

/** A site's document after its own steps, each its own change, from the shared origin. */
function site(actor: string, steps: readonly Step[]): DossierDoc {
  let doc = A.clone(A.load<Record<string, unknown>>(originBytes), { actor });
  steps.forEach((s, i) => {
    const change = edits(doc, s);
    if (change.length) doc = changeDossierDoc(doc, change, message(actor.slice(0, 2)), new Date(1000 * (i + 1)));
  });
  return doc;
}

/**
 * Every site's document merged, in this order, read back from its saved bytes as the app reads a
 * stored dossier: Automerge 3.5's in-memory merge result can leave out one of three equal
 * concurrent values from getConflicts (the saved bytes hold all three).
 */
function mergeAll(docs: readonly DossierDoc[]): DossierDoc {
  const merged = docs.slice(1).reduce((acc, doc) => mergeReceived(acc, saveDossierDoc(doc)), A.clone(docs[0]!));
  return A.load(saveDossierDoc(merged));
}

const comparable = (doc: DossierDoc) => ({
  json: docToJson(doc),
  fields: dossierConflicts(doc),
  deletions: deletionConflicts(doc),
});

describe('tombstones', () => {
  it('give the same dossier and the same conflicts in any order of the bundles of three sites', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.array(step, { maxLength: 4 }), fc.array(step, { maxLength: 4 }), fc.array(step, { maxLength: 4 })),
        fc.constantFrom([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]),
        (stepsBySite, order) => {
          const docs = ACTORS.map((actor, i) => site(actor, stepsBySite[i]!));
          const reference = comparable(mergeAll(docs));
          expect(comparable(mergeAll(order.map((i) => docs[i]!)))).toEqual(reference);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('never lose an edit without a conflict: each value a site typed is in the dossier, in a field conflict, or in a deletion conflict', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 4 }), fc.array(step, { maxLength: 4 }), (stepsA, stepsB) => {
        const merged = mergeAll([site(ACTORS[0]!, stepsA), site(ACTORS[1]!, stepsB)]);
        const json = docToJson(merged) as Dossier;
        const fields = dossierConflicts(merged);
        const deletions = deletionConflicts(merged);
        // The last edit of each field by each site: an earlier one of the same site was replaced by the site itself.
        for (const steps of [stepsA, stepsB]) {
          const last = new Map<string, Step>();
          for (const s of steps) if (s.kind !== 'delete') last.set(`${s.action}.${s.kind}`, s);
          for (const s of last.values()) {
            // A site that deleted the action itself took its own edits with it (or had nothing left to edit).
            if (steps.some((x) => x.kind === 'delete' && x.action === s.action)) continue;
            const value = s.kind === 'describe' ? s.value : (s as { value: number }).value;
            const read = (action: Dossier['actions'][number] | undefined) =>
              s.kind === 'describe' ? action?.description : action?.budgets[0]?.coutTotal;
            const inDossier = read(json.actions.find((a) => a.id === s.action)) === value;
            const inField = fields.some((c) => c.choices.some((choice) => choice.value === value));
            const inDeletion = deletions.some(
              (c) =>
                read(c.edited as Dossier['actions'][number]) === value && (c.edited as { id: string }).id === s.action,
            );
            expect(inDossier || inField || inDeletion, `${s.action} ${s.kind} = ${String(value)}`).toBe(true);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('name who deleted and who edited, and settle either way in a change that travels', () => {
    const deleter = site(ACTORS[0]!, [{ kind: 'delete', action: 'a-2' }]);
    const editor = site(ACTORS[1]!, [{ kind: 'cost', action: 'a-2', value: 4_200_000 }]);
    const atDeleter = mergeReceived(deleter, saveDossierDoc(editor));
    const atEditor = mergeReceived(editor, saveDossierDoc(deleter));
    const [conflict] = deletionConflicts(atDeleter);
    expect(deletionConflicts(atEditor)).toEqual([conflict]);
    expect(conflict).toMatchObject({ libelle: 'Action « Action 2 »', deletedBy: 'Agent a1 (a1)' });
    expect(conflict!.editedBy?.site).toBe('b2');
    expect((conflict!.edited as Dossier['actions'][number]).budgets[0]!.coutTotal).toBe(4_200_000);
    expect((docToJson(atDeleter) as Dossier).actions.map((a) => a.id)).toEqual(['a-1', 'a-3']);

    // The deleting site restores the edited action; the editing site then receives that choice.
    const restored = changeDossierDoc(atDeleter, resolveDeletion(conflict!, 'restore'), message('a1'), new Date(9000));
    expect((docToJson(restored) as Dossier).actions.map((a) => a.id)).toEqual(['a-1', 'a-3', 'a-2']);
    expect(deletionConflicts(restored)).toEqual([]);
    const settled = mergeReceived(atEditor, saveDossierDoc(restored));
    expect(deletionConflicts(settled)).toEqual([]);
    expect((docToJson(settled) as Dossier).actions.find((a) => a.id === 'a-2')!.budgets[0]!.coutTotal).toBe(4_200_000);

    // Kept deleted instead: the action stays out, and the conflict is gone on both sides.
    const kept = changeDossierDoc(atEditor, resolveDeletion(conflict!, 'keep-deletion'), message('b2'), new Date(9000));
    expect(deletionConflicts(kept)).toEqual([]);
    expect((docToJson(mergeReceived(atDeleter, saveDossierDoc(kept))) as Dossier).actions.map((a) => a.id)).toEqual([
      'a-1',
      'a-3',
    ]);
  });

  it('show nothing for a deletion no one edited behind', () => {
    const deleter = site(ACTORS[0]!, [{ kind: 'delete', action: 'a-1' }]);
    const other = site(ACTORS[1]!, [{ kind: 'cost', action: 'a-3', value: 10 }]);
    const merged = mergeReceived(deleter, saveDossierDoc(other));
    expect(deletionConflicts(merged)).toEqual([]);
    expect((docToJson(merged) as Dossier).suppressions).toHaveLength(1);
  });
});
