import { describe, expect, it } from 'vitest';
import { problemsBroughtIn } from '../../../shared/dossier/edit-refusals';
import { aDossier } from '../helpers/a-dossier';

const TODAY = '2026-12-01';

describe('problemsBroughtIn', () => {
  it('refuses a second budget for a year the action has, under the year typed', () => {
    const before = aDossier()
      .withAction('a', { granted: { 2026: 1_000_00, 2027: 1_000_00 } })
      .build();
    const after = structuredClone(before);
    after.actions[0]!.budgets[1]!.annee = 2026;
    expect(problemsBroughtIn(before, after, TODAY)).toEqual([
      {
        path: ['actions', 0, 'budgets', 1, 'annee'],
        message: 'Pour l’action « Action a », l’année 2026 a deux budgets : fusionnez-les en un seul.',
      },
    ]);
  });

  it('refuses a délibération dated after today', () => {
    const before = aDossier().build();
    const after = structuredClone(before);
    after.collectivite.deliberation.date = '2027-03-01';
    expect(problemsBroughtIn(before, after, TODAY).map((problem) => problem.path)).toEqual([
      ['collectivite', 'deliberation', 'date'],
    ]);
  });

  it('lets any other change through when the problem was there before (a merge brought it)', () => {
    const before = aDossier()
      .withAction('a', { granted: { 2026: 1_000_00 } })
      .build();
    before.actions[0]!.budgets.push({ ...before.actions[0]!.budgets[0]! });
    const after = structuredClone(before);
    after.collectivite.population = 6400;
    expect(problemsBroughtIn(before, after, TODAY)).toEqual([]);
  });

  it('lets an action with two budgets for a year be renamed (the count of problems is the same)', () => {
    const before = aDossier()
      .withAction('a', { granted: { 2026: 1_000_00 } })
      .build();
    before.actions[0]!.budgets.push({ ...before.actions[0]!.budgets[0]! });
    const after = structuredClone(before);
    after.actions[0]!.intitule = 'Cours de français';
    expect(problemsBroughtIn(before, after, TODAY)).toEqual([]);
  });

  it('refuses a character no document prints brought in by any change (a new action’s title)', () => {
    const before = aDossier().build();
    const after = aDossier()
      .withAction('a', { granted: { 2026: 1_000_00 } })
      .build();
    after.actions[0]!.intitule = 'Cours 😀';
    expect(problemsBroughtIn(before, after, TODAY)).toEqual([
      {
        path: ['actions', 0, 'intitule'],
        message:
          '« Intitulé de l’action (action 1) » contient un caractère que les documents ne savent pas imprimer : « 😀 » (U+1F600). Remplacez-le ou retirez-le, puis recommencez.',
      },
    ]);
    // Already in the dossier (an older version let it in): other changes go through.
    const renamed = structuredClone(after);
    renamed.collectivite.population = 6400;
    expect(problemsBroughtIn(after, renamed, TODAY)).toEqual([]);
  });
});
