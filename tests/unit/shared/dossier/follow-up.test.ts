// What is due on a contract after its signature, on a fixed clock: expected dates and sentences
// written by hand from the rules (report and financial statement by 30 June of the next year,
// a COPIL each year, balance once the report is in, the end within 90 days).
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import {
  daysBetween,
  dueItems,
  dueState,
  isNumberLike,
  newBilan,
  newCopil,
  reportDeadline,
} from '../../../../shared/dossier/follow-up';
import { summarizeDossier } from '../../../../shared/dossier/dossier-figures';
import { EMPTY_FILTER, filterDossiers } from '../../../../shared/dossier/dossier-filter';
import { STEPS } from '../../../../shared/dossier/workflow-steps';
import { aDossier } from '../../helpers/a-dossier';

/** A contract 2026–2028 signed in February 2026, two actions, in follow-up. */
function followed(): Dossier {
  const dossier = aDossier()
    .withContract(2026, 3)
    .withAction('a', { granted: { 2026: 10_000_00, 2027: 10_000_00, 2028: 10_000_00 } })
    .withAction('b', { granted: { 2026: 5_000_00, 2027: 5_000_00, 2028: 5_000_00 } })
    .signed('2026-02-10')
    .build();
  dossier.workflow.etape = 'suivi';
  dossier.workflow.dates.suivi = '2026-02-10';
  return dossier;
}

const summary = (dossier: Dossier, today: string) =>
  dueItems(dossier, today).map((item) => `${item.etat} ${item.echeance} ${item.label}`);

describe('due dates', () => {
  it('puts the report and financial statement of a year on 30 June of the next, leap years included', () => {
    expect(reportDeadline(2026)).toBe('2027-06-30');
    expect(reportDeadline(2027)).toBe('2028-06-30');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2028-12-31', '2028-10-02')).toBe(-90);
  });

  it('lists what is due in the first year: only the COPIL', () => {
    expect(summary(followed(), '2026-05-04')).toEqual([
      'a-venir 2026-12-31 Comité de pilotage 2026 à réunir avant le 31 décembre 2026',
    ]);
  });

  it('asks for the past year’s report and financial statement, then says each is overdue after 30 June', () => {
    const dossier = followed();
    dossier.contrat.copil = [newCopil('2026-10-12')];
    expect(summary(dossier, '2027-03-01')).toEqual([
      'a-venir 2027-06-30 Bilan 2026 attendu avant le 30 juin 2027',
      'a-venir 2027-06-30 Compte rendu financier 2026 attendu avant le 30 juin 2027',
      'a-venir 2027-12-31 Comité de pilotage 2027 à réunir avant le 31 décembre 2027',
    ]);
    expect(dueState(dueItems(dossier, '2027-06-30'), '2027-06-30').depassee).toBe(false);
    expect(dueState(dueItems(dossier, '2027-07-01'), '2027-07-01').depassee).toBe(true);
    expect(dueState(dueItems(dossier, '2027-05-31'), '2027-05-31').bientot).toBe(true);
    expect(dueState(dueItems(dossier, '2027-05-30'), '2027-05-30').bientot).toBe(false);
  });

  it('drops each item once its date is entered, and asks the balance once the report is in', () => {
    const dossier = followed();
    dossier.contrat.copil = [newCopil('2026-10-12'), newCopil('2027-03-15')];
    dossier.contrat.bilans = [{ ...newBilan(2026), dateReception: '2027-04-20' }];
    expect(summary(dossier, '2027-05-02')).toEqual([
      // Nothing of 2026 recorded as paid: the whole 15 000 € is still to pay, from the report's date.
      'a-venir 2027-04-20 Solde 2026 à verser : 15\u202f000,00\u00a0€ (bilan reçu le 20 avril 2027)',
      'a-venir 2027-06-30 Compte rendu financier 2026 attendu avant le 30 juin 2027',
    ]);
    dossier.contrat.bilans[0]!.dateCompteRenduFinancier = '2027-05-01';
    dossier.contrat.versements = [
      { id: 'v1', annee: 2026, nature: 'avance', dateVersement: '2026-03-01', montantVerse: 7_500_00, ej: '' },
      { id: 'v2', annee: 2026, nature: 'solde', dateVersement: '2027-04-30', montantVerse: 7_500_00, ej: '' },
    ];
    expect(summary(dossier, '2027-05-02')).toEqual([]);
  });

  it('counts a COPIL missing in a past year as overdue and announces the end 90 days ahead', () => {
    const dossier = followed();
    dossier.contrat.copil = [newCopil('2026-10-12'), newCopil('2028-01-20')];
    dossier.contrat.bilans = [2026, 2027].map((annee) => ({
      ...newBilan(annee),
      dateReception: `${annee + 1}-03-01`,
      dateCompteRenduFinancier: `${annee + 1}-03-01`,
    }));
    dossier.contrat.versements = [2026, 2027].map((annee) => ({
      id: `v${annee}`,
      annee,
      nature: 'solde' as const,
      dateVersement: `${annee + 1}-03-10`,
      montantVerse: 15_000_00,
      ej: '',
    }));
    expect(summary(dossier, '2028-10-01')).toEqual(['depassee 2027-12-31 Aucun comité de pilotage tenu en 2027']);
    expect(summary(dossier, '2028-10-02')).toEqual([
      'depassee 2027-12-31 Aucun comité de pilotage tenu en 2027',
      'a-venir 2028-12-31 Le contrat prend fin le 31 décembre 2028',
    ]);
  });

  it('has nothing due for a dossier at any step before follow-up, abandoned or suspended', () => {
    for (const etape of STEPS.filter((step) => step !== 'suivi')) {
      const dossier = followed();
      dossier.workflow.etape = etape;
      expect(dueItems(dossier, '2027-09-01')).toEqual([]);
    }
    for (const statut of ['abandonne', 'suspendu'] as const) {
      const dossier = followed();
      dossier.workflow.statut = statut;
      expect(dueItems(dossier, '2027-09-01')).toEqual([]);
    }
    const dossier = followed();
    dossier.workflow.etape = null;
    expect(dueItems(dossier, '2027-09-01')).toEqual([]);
  });

  it('tells numbers from text in an indicator’s value', () => {
    for (const value of ['12', '1 200', '12,5', '12.5', '75 %', '1\u202f200']) expect(isNumberLike(value)).toBe(true);
    for (const value of ['12 familles', 'environ 10', '', 'oui']) expect(isNumberLike(value)).toBe(false);
  });
});

describe('the Dossiers list’s due-date filters', () => {
  it('return exactly the dossiers with something past its date, or due within 30 days', () => {
    const late = followed(); // 2026's report and statement missing, due 30 June 2027
    late.id = 'late';
    late.contrat.copil = [newCopil('2026-10-12'), newCopil('2027-02-01')];
    const soon = followed(); // the 2027 COPIL not held yet, due 31 December 2027
    soon.id = 'soon';
    soon.contrat.copil = [newCopil('2026-10-12')];
    soon.contrat.bilans = [{ ...newBilan(2026), dateReception: '2027-03-01', dateCompteRenduFinancier: '2027-03-01' }];
    soon.contrat.versements = [
      { id: 'v', annee: 2026, nature: 'solde', dateVersement: '2027-03-05', montantVerse: 15_000_00, ej: '' },
    ];
    const fine = structuredClone(soon);
    fine.id = 'fine';
    fine.contrat.copil.push(newCopil('2027-05-10'));
    const abandoned = structuredClone(late);
    abandoned.id = 'abandoned';
    abandoned.workflow.statut = 'abandonne';
    const rows = [late, soon, fine, abandoned].map((dossier) => ({
      ...summarizeDossier(dossier),
      nomKey: dossier.id,
    }));
    const ids = (echeance: 'depassee' | 'bientot', today: string) =>
      filterDossiers(rows, { ...EMPTY_FILTER, echeance }, today).map((row) => row.id);
    expect(ids('depassee', '2027-07-01')).toEqual(['late']);
    expect(ids('depassee', '2027-06-30')).toEqual([]);
    expect(ids('bientot', '2027-06-15')).toEqual(['late']);
    expect(ids('bientot', '2027-12-01')).toEqual(['soon']);
    expect(ids('depassee', '2028-01-01')).toEqual(['late', 'soon']);
  });
});
