import { describe, expect, it } from 'vitest';
import type { Action, BudgetAnnuel, Dossier } from '../../../shared/dossier/dossier-schema';
import { fundingGap, grandTotal, stateShare, totalsByAxe, totalsByYear } from '../../../shared/dossier/funding';
import { emptyDossier } from '../../../shared/dossier/new-dossier-factory';

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

describe('funding totals', () => {
  it('measures the gap when CTAI and co-funders do not add up to the cost', () => {
    expect(fundingGap(budget(2026, 50_000_00, 30_000_00, [15_000_00]))).toBe(5_000_00);
    expect(fundingGap(budget(2026, 50_000_00, 30_000_00, [20_000_00]))).toBe(0);
    expect(fundingGap(budget(2026, 50_000_00, 30_000_00, [25_000_00]))).toBe(-5_000_00);
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
});
