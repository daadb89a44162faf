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

  it('refuses a date out of the programme’s years, and takes an empty one as empty', () => {
    expect(parseInput('date', '2026-03-15', 'Date de signature', false)).toEqual({ ok: true, value: '2026-03-15' });
    expect(parseInput('date', '', 'Date de signature', false)).toEqual({ ok: true, value: '' });
    for (const typed of ['0001-01-01', '1900-01-01', '3000-01-01'])
      expect(parseInput('date', typed, 'Date de signature', false)).toEqual({
        ok: false,
        message:
          'Date de signature est hors des dates acceptées : saisissez une date du 1er janvier 2019 au 31 décembre 2100',
      });
  });

  it('stores text as documents print it: no invisible control, one line in a one-line field', () => {
    // A right-to-left override would show « Zoé DupontlatnaC » for what is stored.
    expect(parseInput('text', ' Zoé Dupont\u202eevil ', 'Nom', false)).toEqual({ ok: true, value: 'Zoé Dupontevil' });
    expect(parseInput('text', 'DEL-2025\t12\nsuite', 'Référence', false)).toEqual({
      ok: true,
      value: 'DEL-2025 12 suite',
    });
    expect(parseInput('text', 'Saint\u200b-Flour', 'Nom', false)).toEqual({ ok: true, value: 'Saint-Flour' });
    expect(parseInput('longtext', 'Ligne 1\r\nLigne\u202e 2', 'Objectifs', false)).toEqual({
      ok: true,
      value: 'Ligne 1\nLigne 2',
    });
  });
});
