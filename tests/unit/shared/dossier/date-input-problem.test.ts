// A date field's refusal reads as the agent sees the field (jour, mois, année), never as the
// stored form (AAAA-MM-JJ), which only the command line speaks.
import { describe, expect, it } from 'vitest';
import { dateInputProblem, documentDateProblem } from '../../../../shared/dossier/schema-primitives';

describe('dateInputProblem', () => {
  it('accepts a whole date within the accepted years', () => {
    expect(dateInputProblem('2026-03-15')).toBeNull();
  });

  it('says a date left incomplete (an empty date input) in the words of the field', () => {
    const said = dateInputProblem('');
    expect(said).toBe(
      'n’est pas une date complète ou n’existe pas (un 31 février, par exemple). Saisissez le jour, le mois et l’année d’une date du calendrier, par exemple 15/03/2026',
    );
    expect(said).not.toMatch(/AAAA|ISO/);
  });

  it('says which dates are accepted, in words', () => {
    expect(dateInputProblem('2101-01-01')).toBe(
      'est hors des dates acceptées : saisissez une date du 1er janvier 2019 au 31 décembre 2100',
    );
  });

  it('leaves the command line its typed form', () => {
    expect(documentDateProblem('15/03/2026')).toBe('15/03/2026 n’est pas au format AAAA-MM-JJ');
  });
});
