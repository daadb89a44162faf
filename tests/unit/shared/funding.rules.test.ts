import { describe, expect, it } from 'vitest';
import type { Action, BudgetAnnuel, Dossier } from '../../../shared/dossier/dossier-schema';
import {
  amountGranted,
  amountPaid,
  fundingGap,
  fundingProblems,
  grandTotal,
  stateShare,
  totalsByAxe,
  totalsByYear,
} from '../../../shared/dossier/funding';
import { emptyDossier } from '../../../shared/dossier/new-dossier-factory';
import { formatEuros } from '../../../shared/format/money';

function budget(
  annee: number,
  coutTotal: number,
  ctaiDemande: number,
  cofinanceurs: number[],
  ctaiAccorde: number | null = null,
): BudgetAnnuel {
  return {
    annee,
    coutTotal,
    ctaiDemande,
    ctaiAccorde,
    cofinanceurs: cofinanceurs.map((montant, i) => ({ nom: `Cofinanceur ${i + 1}`, montant })),
  };
}

function action(
  id: string,
  axes: Action['axes'],
  budgets: BudgetAnnuel[],
  statut: Action['statut'] = 'proposee',
): Action {
  return {
    id,
    intitule: `Action ${id}`,
    axes,
    porteur: { nom: 'Association', formeJuridique: '', siret: '', rna: '' },
    publicCible: '',
    beneficiaires: 10,
    objectifs: '',
    description: '',
    dateDebut: '',
    dateFin: '',
    budgets,
    indicateurs: [],
    statut,
  };
}

function dossierWith(actions: Action[]): Dossier {
  return { ...emptyDossier({ nom: 'Tours', type: 'commune' }, 'd', new Date('2026-01-01')), actions };
}

describe('funding rules', () => {
  it('reports a CTAI amount above the total cost', () => {
    const problems = fundingProblems(
      dossierWith([action('1', ['logement'], [budget(2026, 10_000_00, 12_000_00, [])])]),
      formatEuros,
    );
    expect(problems.map((p) => p.code)).toContain('ctai-above-total');
    expect(problems.find((p) => p.code === 'ctai-above-total')?.message).toBe(
      '« Action 1 », 2026 : le montant CTAI demandé (12\u202f000,00\u00a0€) dépasse le coût total (10\u202f000,00\u00a0€).',
    );
  });

  it('reports the gap when CTAI and co-funders do not add up to the cost', () => {
    expect(fundingGap(budget(2026, 50_000_00, 30_000_00, [15_000_00]))).toBe(5_000_00);
    expect(fundingGap(budget(2026, 50_000_00, 30_000_00, [20_000_00]))).toBe(0);
    expect(fundingGap(budget(2026, 50_000_00, 30_000_00, [25_000_00]))).toBe(-5_000_00);
    const problems = fundingProblems(
      dossierWith([action('1', ['logement'], [budget(2026, 50_000_00, 30_000_00, [15_000_00])])]),
      formatEuros,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'funding-gap',
        gap: 5_000_00,
        message: expect.stringContaining('5\u202f000,00\u00a0€ du coût total ne sont couverts'),
      }),
    ]);
    expect(
      fundingProblems(
        dossierWith([action('1', ['logement'], [budget(2026, 50_000_00, 30_000_00, [20_000_00])])]),
        formatEuros,
      ),
    ).toEqual([]);
  });

  it('totals by year and by axis, leaving set-aside actions out', () => {
    const dossier = dossierWith([
      action(
        '1',
        ['logement'],
        [budget(2026, 10_000_00, 6_000_00, [4_000_00]), budget(2027, 20_000_00, 10_000_00, [10_000_00])],
      ),
      action('2', ['francais', 'emploi-formation'], [budget(2026, 10_001, 5_001, [5_000])]),
      action('3', ['sante'], [budget(2026, 99_000_00, 99_000_00, [])], 'ecartee'),
    ]);
    const byYear = totalsByYear(dossier);
    expect([...byYear.keys()]).toEqual([2026, 2027]);
    expect(byYear.get(2026)).toEqual({
      coutTotal: 10_100_01,
      ctaiDemande: 6_050_01,
      ctaiAccorde: 0,
      cofinancement: 4_050_00,
    });
    const byAxe = totalsByAxe(dossier);
    expect(byAxe.get('logement')?.coutTotal).toBe(30_000_00);
    // Shared between two axes, the odd cent going to the first.
    expect(byAxe.get('francais')?.coutTotal).toBe(5_001);
    expect(byAxe.get('emploi-formation')?.coutTotal).toBe(5_000);
    expect(byAxe.has('sante')).toBe(false);
    const total = grandTotal(dossier);
    expect([...byAxe.values()].reduce((sum, t) => sum + t.coutTotal, 0)).toBe(total.coutTotal);
  });

  it('computes the State share', () => {
    expect(stateShare({ coutTotal: 200, ctaiDemande: 50, ctaiAccorde: 40, cofinancement: 150 })).toBe(0.25);
    expect(stateShare({ coutTotal: 200, ctaiDemande: 50, ctaiAccorde: 40, cofinancement: 150 }, 'accorde')).toBe(0.2);
    expect(stateShare({ coutTotal: 0, ctaiDemande: 0, ctaiAccorde: 0, cofinancement: 0 })).toBeNull();
  });

  it('reports payments above the amount granted for a year', () => {
    const dossier = dossierWith([
      action('1', ['logement'], [budget(2026, 10_000_00, 6_000_00, [4_000_00], 5_000_00)], 'retenue'),
    ]);
    const versement = (id: string, montantVerse: number) => ({
      id,
      annee: 2026,
      nature: 'avance' as const,
      datePrevue: '',
      montantPrevu: 0,
      dateVersement: '2026-04-01',
      montantVerse,
    });
    dossier.contrat.versements = [versement('v1', 3_000_00), versement('v2', 2_000_00)];
    expect(amountGranted(dossier, 2026)).toBe(5_000_00);
    expect(amountPaid(dossier, 2026)).toBe(5_000_00);
    expect(fundingProblems(dossier, formatEuros).filter((p) => p.code === 'payments-above-granted')).toEqual([]);
    dossier.contrat.versements.push(versement('v3', 1));
    expect(fundingProblems(dossier, formatEuros).filter((p) => p.code === 'payments-above-granted')).toEqual([
      expect.objectContaining({
        message: '2026 : les versements (5\u202f000,01\u00a0€) dépassent le montant accordé (5\u202f000,00\u00a0€).',
      }),
    ]);
  });
});
