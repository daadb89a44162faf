import { describe, expect, it } from 'vitest';
import { withUnknownFields } from '../../../../shared/dossier/format-upgrades/unknown-fields';

describe('fields a newer version added, kept through this one', () => {
  it('puts back, at any depth, what the schema dropped, without touching what it kept', () => {
    const input = {
      nom: ' Aurillac ',
      futur: { a: [1, 2] },
      actions: [
        { id: 'a1', note: 'gardée', budgets: [{ annee: 2026, taux: 0.5 }] },
        { id: 'a2', montant: 3 },
      ],
      contact: { email: 'x@y.fr', fax: '04 00 00 00 00' },
      ['__proto__']: { pollue: true },
    };
    const validated = {
      nom: 'Aurillac',
      actions: [
        { id: 'a1', budgets: [{ annee: 2026 }] },
        { id: 'a2', montant: 3 },
      ],
      contact: { email: 'x@y.fr' },
    };
    const merged = withUnknownFields(validated, JSON.parse(JSON.stringify(input)) as unknown);
    expect(merged).toEqual({
      nom: 'Aurillac',
      futur: { a: [1, 2] },
      actions: [
        { id: 'a1', note: 'gardée', budgets: [{ annee: 2026, taux: 0.5 }] },
        { id: 'a2', montant: 3 },
      ],
      contact: { email: 'x@y.fr', fax: '04 00 00 00 00' },
      ['__proto__']: { pollue: true },
    });
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    // What had nothing unknown is shared, not copied; the validated value is not modified.
    expect(merged.actions[1]).toBe(validated.actions[1]);
    expect(validated.actions[0]).toEqual({ id: 'a1', budgets: [{ annee: 2026 }] });
  });

  it('gives the validated value itself back when nothing is unknown', () => {
    const validated = { nom: 'Aurillac', actions: [{ id: 'a1', axes: ['langue'] }], n: null };
    expect(
      withUnknownFields(validated, { nom: ' Aurillac ', actions: [{ id: 'a1', axes: ['langue'] }], n: null }),
    ).toBe(validated);
  });
});
