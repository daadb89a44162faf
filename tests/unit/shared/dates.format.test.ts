import { describe, expect, it } from 'vitest';
import { readableValue } from '../../../shared/dossier/field-values';
import { dateCourte, dateEnLettres, dateHeure, deAnneeAAnnee, periodeAnnees } from '../../../shared/format/dates';

describe('dates in words', () => {
  it('writes French dates with "1er" for the first of the month', () => {
    expect(dateEnLettres('2026-03-01')).toBe('1er mars 2026');
    expect(dateEnLettres('2026-08-15')).toBe('15 août 2026');
    expect(dateEnLettres('2025-12-31')).toBe('31 décembre 2025');
    expect(dateEnLettres('hier')).toBe('hier');
  });

  it('writes a moment as a date in words and an hour, from a string or a date alike', () => {
    const moment = new Date(2026, 10, 23, 14, 5);
    expect(dateHeure(moment)).toMatch(/^23 novembre 2026 (à )?14:05$/);
    expect(dateHeure(moment.toISOString())).toBe(dateHeure(moment));
    // The first of the month as everywhere else: « 1er », not « 1 » (nor « 11er »).
    expect(dateHeure(new Date(2026, 11, 1, 9, 30))).toMatch(/^1er décembre 2026 (à )?09:30$/);
    expect(dateHeure(new Date(2026, 11, 11, 9, 30))).toMatch(/^11 décembre 2026/);
    expect(dateCourte(new Date(2026, 11, 1, 9, 30))).toBe('1er déc. 2026');
  });

  it('shows stored values as people read them', () => {
    expect(readableValue('actions.0.budgets.0.coutTotal', 1_000_000)).toBe('10\u202f000,00\u00a0€');
    expect(readableValue('collectivite.population', 156140)).toBe('156\u202f140');
    expect(readableValue('contrat.anneeDebut', 2024)).toBe('2024');
    expect(readableValue('actions.0.budgets.1.annee', 2027)).toBe('2027');
    expect(readableValue('contrat.signature.date', '2026-03-01')).toBe('1er mars 2026');
    expect(readableValue('collectivite.nom', '')).toBe('(vide)');
    expect(readableValue('actions', [1, 2])).toBe('2 actions');
    expect(readableValue('actions.0.statut', 'proposee')).toBe('Proposée');
    expect(readableValue('workflow.etape', 'signature')).toBe('Validation et signature');
    // A step not reached yet reads as the list and the filters say it, not « (vide) ».
    expect(readableValue('workflow.etape', null)).toBe('Avant la lettre d’intention');
    expect(readableValue('actions.0.axes', ['logement', 'francais'])).toBe(
      'Logement et hébergement, Apprentissage du français',
    );
    expect(readableValue('workflow.evenements', [])).toBe('(liste vide)');
  });
});

describe('periods of years, one way everywhere', () => {
  it('writes « 2024-2026 » and « de 2024 à 2026 », one year alone', () => {
    expect(periodeAnnees(2024, 2026)).toBe('2024-2026');
    expect(periodeAnnees(2024, 2024)).toBe('2024');
    expect(deAnneeAAnnee(2024, 2026)).toBe('de 2024 à 2026');
    expect(deAnneeAAnnee(2024, 2024)).toBe('en 2024');
  });
});
