// What a typed number or amount becomes, and the reason given when it is refused: the reason names
// what is wrong (too large is not « sans décimale »).
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../../shared/format/input-values';

describe('parseInput', () => {
  it('reads counts with their thousands, and refuses what is not one', () => {
    expect(parseInput('integer', '6 400', 'Population', false)).toEqual({ ok: true, value: 6400 });
    expect(parseInput('integer', '-5', 'Population', false)).toEqual({
      ok: false,
      message: 'Population : saisissez un nombre entier positif, sans décimale.',
    });
    expect(parseInput('integer', '12,5', 'Population', false)).toMatchObject({ ok: false });
  });

  it('says a count too large is too large', () => {
    expect(parseInput('integer', '99999999999999999999', 'Population', false)).toEqual({
      ok: false,
      message: 'Population : ce nombre est trop grand (999 999 999 au plus).',
    });
    expect(parseInput('integer', '999 999 999', 'Population', false)).toEqual({ ok: true, value: 999_999_999 });
  });

  it('reads amounts in euros, and says one beyond exact counting is too large', () => {
    expect(parseInput('amount', '12 500,50 €', 'Coût total', false)).toEqual({ ok: true, value: 1_250_050 });
    expect(parseInput('amount', '1e3', 'Coût total', false)).toMatchObject({
      message: 'Coût total : saisissez un montant en euros, par exemple 12 500,00.',
    });
    expect(parseInput('amount', '999999999999999999999', 'Coût total', false)).toEqual({
      ok: false,
      message: 'Coût total : ce montant est trop grand.',
    });
  });
});
