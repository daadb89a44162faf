// Whatever is edited in a dossier, what people read of it says words, not the model's codes: no
// history line, CSV cell, field conflict or deletion conflict shows a field's key (« montantVerse »),
// a code (« proposee »), a position without its kind (« élément 1 »), a path with an index
// (« actions.0 ») or a count of elements (« Événements 4 éléments → 5 éléments »).
import '@automerge/automerge';
import * as A from '@automerge/automerge/slim';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionsCsv } from '../../../../shared/dossier/csv-export';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { dossierFieldMeta, dossierFieldSteps } from '../../../../shared/dossier/field-labels';
import { valueAt } from '../../../../shared/dossier/field-path';
import { unwrapField } from '../../../../shared/dossier/field-meta';
import { deletionConflictSentence, fieldConflictWords, historyLine } from '../../../../shared/sync/change-words';
import {
  applyEditsToJson,
  changeDossierDoc,
  createDossierDoc,
  dossierHistoryWithValues,
  mergeDossierDocs,
  type DossierDoc,
  type DossierEdit,
  type Path,
} from '../../../../shared/sync/dossier-doc';
import { dossierConflicts } from '../../../../shared/sync/merge-dossier';
import { deletionConflicts } from '../../../../shared/sync/tombstones';
import { demoDossiers } from '../../helpers/demo';

const pool = demoDossiers({ count: 12, seed: 16 });
const author = { nom: 'Nadia Benali', service: 'Bureau de l’intégration', site: 'Sous-préfecture de Vienne' };
const message = (paths: string[] = []) => ({ author, summary: 'Modification', paths });

/** Identifiers and bookkeeping no screen lets an agent edit (they are ids, not words). */
const NOT_EDITED = new Set(['id', 'actionId', 'formatVersion', 'createdAt', 'updatedAt', 'suppressions', 'numero']);

const inSchema = new Map<string, boolean>();
/** Whether the schema holds the path (cached by the path without positions: walks are many). */
function holds(path: Path): boolean {
  const key = path.map((part) => (typeof part === 'number' ? '#' : part)).join('.');
  let found = inSchema.get(key);
  if (found === undefined) inSchema.set(key, (found = dossierFieldSteps(path).length === path.length));
  return found;
}

/** Every path to a plain value (leaf) and to a list of objects in `value`. */
function walk(value: unknown, path: Path = [], leaves: Path[] = [], lists: Path[] = []) {
  if (Array.isArray(value)) {
    if (value.length && value.every((item) => item !== null && typeof item === 'object')) lists.push(path);
    value.forEach((item, index) => walk(item, [...path, index], leaves, lists));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value))
      if (!NOT_EDITED.has(key)) walk(child, [...path, key], leaves, lists);
  } else if (holds(path)) leaves.push(path);
  return { leaves, lists };
}

/** A new value of the leaf's kind, chosen by `n`: a code of its enum, an amount, a year, a date, text. */
function newValue(dossier: Dossier, path: Path, n: number, text: string): unknown {
  const step = dossierFieldSteps(path).at(-1)!;
  const def = unwrapField(step.core).core._zod.def as unknown as { type: string; entries?: Record<string, string> };
  const current = valueAt(dossier, path);
  if (def.type === 'enum') {
    const options = Object.values(def.entries!);
    return options[n % options.length];
  }
  if (def.type === 'boolean') return !current;
  if (def.type === 'number' || typeof current === 'number')
    return step.meta.kind === 'year' ? 2019 + (n % 20) : n % 10_000_000;
  if (typeof current === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(current))
    return `20${20 + (n % 10)}-0${1 + (n % 9)}-1${n % 9}`;
  return text;
}

const step = fc.record({
  kind: fc.constantFrom('set', 'set', 'set', 'insert', 'delete'),
  n: fc.nat(),
  pick: fc.nat(),
  // Typed text in capitals and figures: it cannot be mistaken for a code or a key.
  text: fc.stringMatching(/^[A-Z][A-Z0-9 ]{0,11}$/),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function toEdit(dossier: Dossier, s: Step): DossierEdit {
  const { leaves, lists } = walk(dossier);
  if (s.kind !== 'set' && lists.length) {
    const list = lists[s.pick % lists.length]!;
    const items = valueAt(dossier, list) as unknown[];
    return s.kind === 'insert'
      ? { op: 'insert', path: list, index: items.length, value: structuredClone(items[s.n % items.length]) }
      : { op: 'delete', path: list, index: s.n % items.length };
  }
  const leaf = leaves[s.pick % leaves.length]!;
  return { op: 'set', path: leaf, value: newValue(dossier, leaf, s.n, s.text) };
}

/** Every code of the schema's enums that its words do not spell the same way. */
const CODES = (() => {
  const codes = new Set<string>();
  const seen = new Set<string>();
  for (const dossier of pool) {
    for (const leaf of walk(dossier).leaves) {
      const values = dossierFieldMeta(leaf)?.values;
      const key = leaf.filter((part) => typeof part === 'string').join('.');
      if (!values || seen.has(key)) continue;
      seen.add(key);
      for (const [code, words] of Object.entries(values)) if (code && code !== words) codes.add(code);
    }
  }
  return codes;
})();

/** What in `text` is a key, a code, a path or an unnamed position. */
function internalCodes(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\p{Ll}+\p{Lu}\p{L}*/gu)) found.push(`clé ${match[0]}`);
  if (/élément/i.test(text)) found.push('élément');
  if (/[a-z]\.\d/.test(text)) found.push('chemin');
  const parts = [text, ...text.split(/, | : /), ...[...text.matchAll(/« ([^«»]+) »/g)].map((m) => m[1]!)];
  for (const part of parts) if (CODES.has(part.trim())) found.push(`code ${part}`);
  return found;
}

function expectWords(texts: readonly string[]) {
  const problems = texts.flatMap((text) => internalCodes(text).map((problem) => `${problem} dans « ${text} »`));
  expect(problems).toEqual([]);
}

/** The dossier's document after `steps`, each its own change, with the JSON it gives. */
function edited(base: Dossier, steps: readonly Step[], actor: string): { doc: DossierDoc; json: Dossier } {
  let doc = createDossierDoc(base, message(), new Date(0), actor);
  let json = base;
  steps.forEach((s, i) => {
    const edit = toEdit(json, s);
    doc = changeDossierDoc(doc, [edit], message([edit.path.join('.')]), new Date(1000 * (i + 1)));
    json = applyEditsToJson(json, [edit]);
  });
  return { doc, json };
}

describe('what people read of a dossier', () => {
  it('knows the codes it looks for', () => {
    expect(CODES).toContain('proposee');
    expect(CODES).toContain('lettre-intention');
    expect(internalCodes('Statut : proposee')).toEqual(['code proposee']);
    expect(internalCodes('Montant (élément 1)')).toEqual(['élément']);
    expect(internalCodes('montantVerse')).toEqual(['clé montantVerse']);
    expect(internalCodes('Proposée')).toEqual([]);
  });

  it('says every history line and CSV cell in words, whatever the edits', () => {
    fc.assert(
      fc.property(fc.nat(pool.length - 1), fc.array(step, { minLength: 1, maxLength: 12 }), (which, steps) => {
        const { doc, json } = edited(pool[which]!, steps, 'a1'.repeat(16));
        const lines = dossierHistoryWithValues(doc).flatMap((entry) => entry.changes.map(historyLine));
        expectWords(lines.flatMap((line) => [line.champ, line.avant, line.apres]));
        expectWords(actionsCsv([json]).split(/\r\n|;/));
      }),
      { numRuns: 40 },
    );
  });

  it('says every field conflict and deletion conflict in words', () => {
    fc.assert(
      fc.property(fc.nat(pool.length - 1), step, step, step, (which, mine, theirs, deletion) => {
        const base = pool[which]!;
        const origin = createDossierDoc(base, message(), new Date(0), 'aa'.repeat(16));
        const { leaves, lists } = walk(base);
        const leaf = leaves[mine.pick % leaves.length]!;
        const a = A.clone(origin, { actor: 'a1'.repeat(16) });
        const b = A.clone(origin, { actor: 'b2'.repeat(16) });
        const edit = (doc: DossierDoc, value: unknown) =>
          changeDossierDoc(doc, [{ op: 'set', path: leaf, value }], message([leaf.join('.')]), new Date(5000));
        let left = edit(a, newValue(base, leaf, mine.n, mine.text));
        let right = edit(b, newValue(base, leaf, theirs.n + 1, `${theirs.text}Z`));
        // One site deletes an item of a list while the other edits a field inside it.
        const list = lists[deletion.pick % lists.length]!;
        const index = deletion.n % (valueAt(base, list) as unknown[]).length;
        const inside = walk(base).leaves.find(
          (p) => p.length > list.length && list.every((k, i) => p[i] === k) && p[list.length] === index,
        );
        if (inside && !leaf.slice(0, list.length + 1).every((k, i) => inside[i] === k)) {
          left = changeDossierDoc(
            left,
            [{ op: 'delete', path: list, index }],
            message([list.join('.')]),
            new Date(6000),
          );
          const value = newValue(base, inside, deletion.n + 3, `${deletion.text}Y`);
          right = changeDossierDoc(
            right,
            [{ op: 'set', path: inside, value }],
            message([inside.join('.')]),
            new Date(7000),
          );
        }
        const merged = mergeDossierDocs(left, right);
        const texts = [
          ...dossierConflicts(merged).flatMap((conflict) => {
            const words = fieldConflictWords(conflict);
            return [words.champ, ...words.choix];
          }),
          ...deletionConflicts(merged).map(deletionConflictSentence),
          ...dossierHistoryWithValues(merged).flatMap((entry) =>
            entry.changes.map(historyLine).flatMap((line) => [line.champ, line.avant, line.apres]),
          ),
        ];
        expect(texts.length).toBeGreaterThan(0);
        expectWords(texts);
      }),
      { numRuns: 40 },
    );
  });

  it('names the action and the year of a budget field as they were at that change, not by position', () => {
    const base = pool.find((dossier) => dossier.actions.length > 1 && dossier.actions[1]!.budgets.length > 0)!;
    const action = base.actions[1]!;
    const budget = action.budgets[0]!;
    let doc = createDossierDoc(base, message(), new Date(0), 'ab'.repeat(16));
    const cout: (string | number)[] = ['actions', 1, 'budgets', 0, 'coutTotal'];
    doc = changeDossierDoc(
      doc,
      [{ op: 'set', path: cout, value: budget.coutTotal + 100 }],
      message([cout.join('.')]),
      new Date(1000),
    );
    // The first action is removed afterwards: the second becomes the first, its name stays its own.
    doc = changeDossierDoc(doc, [{ op: 'delete', path: ['actions'], index: 0 }], message(['actions']), new Date(2000));
    const line = dossierHistoryWithValues(doc)
      .flatMap((entry) => entry.changes)
      .find((change) => change.path === cout.join('.'))!;
    expect(historyLine(line).champ).toBe(`Coût total (action « ${action.intitule} », année « ${budget.annee} »)`);
  });

  it('names an item added to a list rather than counting elements', () => {
    const base = pool.find((dossier) => dossier.workflow.evenements.length > 0)!;
    const event = { ...base.workflow.evenements[0]!, type: 'avance' as const, date: '2026-03-03' };
    const line = historyLine({
      path: 'workflow.evenements',
      before: base.workflow.evenements,
      after: [...base.workflow.evenements, event],
    });
    expect(line).toEqual({
      champ: 'Journal des étapes',
      avant: '',
      apres: 'Ajout : Événement « Étape atteinte, 3 mars 2026 »',
    });
    // A name is quoted shortened: a 400-character title would fill a label or the save bar.
    const long = historyLine({
      path: ['actions', 0, 'budgets', 0, 'cofinanceurs'].join('.'),
      before: [],
      after: [{ nom: 'Y'.repeat(400), montant: 0 }],
    }).apres;
    expect(long).toBe(`Ajout : Cofinanceur « ${'Y'.repeat(59)}… »`);
    // A co-funder just added has no name yet: its position alone would read as a name.
    const cofinanceurs = ['actions', 0, 'budgets', 0, 'cofinanceurs'].join('.');
    const named = { nom: 'CAF', montant: 100 };
    const unnamed = { nom: '', montant: 0 };
    expect(historyLine({ path: cofinanceurs, before: [named], after: [named, unnamed] }).apres).toBe(
      'Ajout : Cofinanceur n° 2 (sans nom)',
    );
    expect(historyLine({ path: 'workflow.etape', before: 'proposition', after: 'signature' })).toEqual({
      champ: 'Étape',
      avant: 'Proposition et demande de financement',
      apres: 'Validation et signature',
    });
  });
});
