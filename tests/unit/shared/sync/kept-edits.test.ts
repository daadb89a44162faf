// Edits stored as the schema keeps their values: cleaned text is stored cleaned; text that is the
// stored value once cleaned is no change; a value written as it already is stays (a conflict's choice).
import { describe, expect, it } from 'vitest';
import { keptEdits, writesText } from '../../../../shared/sync/kept-edits';

const before = { collectivite: { nom: 'Saint-Flour', population: 6400 }, actions: [{ intitule: 'Cours' }] };

describe('edits as the dossier keeps them', () => {
  it('takes each value as validated, and drops a set that cleaning turns into the stored value', () => {
    const validated = { ...before, collectivite: { nom: 'Saint-Flour', population: 6500 } };
    expect(
      keptEdits(
        [
          { op: 'set', path: ['collectivite', 'nom'], value: 'Saint-Flour\u0007 ' },
          { op: 'set', path: ['collectivite', 'population'], value: 6500 },
        ],
        before,
        validated,
      ),
    ).toEqual([{ op: 'set', path: ['collectivite', 'population'], value: 6500 }]);
  });

  it('keeps a value written as it already is, and every edit of a batch that moves list items', () => {
    const same = [{ op: 'set' as const, path: ['collectivite', 'nom'], value: 'Saint-Flour' }];
    expect(keptEdits(same, before, before)).toEqual(same);
    const moving = [
      { op: 'delete' as const, path: ['actions'], index: 0 },
      { op: 'set' as const, path: ['collectivite', 'nom'], value: ' Saint-Flour' },
    ];
    expect(keptEdits(moving, before, { ...before, actions: [] })).toEqual([
      moving[0],
      { op: 'set', path: ['collectivite', 'nom'], value: 'Saint-Flour' },
    ]);
  });

  it('knows which edits write text, at any depth, the only values the schema cleans', () => {
    expect(writesText([{ op: 'set', path: ['collectivite', 'population'], value: 6500 }])).toBe(false);
    expect(writesText([{ op: 'delete', path: ['actions'], index: 0 }])).toBe(false);
    expect(writesText([{ op: 'insert', path: ['actions'], index: 1, value: { budgets: [{ nom: 'CAF' }] } }])).toBe(
      true,
    );
  });
});
