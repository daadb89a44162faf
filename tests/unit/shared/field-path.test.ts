import { describe, expect, it } from 'vitest';
import { dottedFieldLabel, parsePath, valueAt } from '../../../shared/dossier/field-path';
import { stepLabel } from '../../../shared/dossier/workflow-steps';

describe('field paths', () => {
  it('reads a value at a path, and turns dotted paths back into lists', () => {
    const dossier = { actions: [{ budgets: [{ coutTotal: 1200 }] }] };
    expect(parsePath('actions.0.budgets.0.coutTotal')).toEqual(['actions', 0, 'budgets', 0, 'coutTotal']);
    expect(valueAt(dossier, parsePath('actions.0.budgets.0.coutTotal'))).toBe(1200);
    expect(valueAt(dossier, ['actions', 3, 'intitule'])).toBeUndefined();
    expect(dottedFieldLabel('actions.0.budgets.1.coutTotal')).toBe('Coût total (action 1, année 2)');
  });

  it('names a dossier that reached no step', () => {
    expect(stepLabel(null)).toBe('Avant la lettre d’intention');
    expect(stepLabel('echange')).toBe('Échange avec la préfecture');
  });
});
