// Funding figures of the actions as typed (cost, requested, granted, co-funders): totals per
// year and per axis, and the State share. What the State owes by act is in commitment.ts; the
// rules on these figures are in consistency.ts.
import type { Axe } from './axes';
import type { Action, BudgetAnnuel, Dossier } from './dossier-schema';

export interface FundingTotals {
  coutTotal: number;
  ctaiDemande: number;
  ctaiAccorde: number;
  cofinancement: number;
}

const zero = (): FundingTotals => ({ coutTotal: 0, ctaiDemande: 0, ctaiAccorde: 0, cofinancement: 0 });

export function cofinancement(budget: BudgetAnnuel): number {
  return budget.cofinanceurs.reduce((sum, cofinanceur) => sum + cofinanceur.montant, 0);
}

/** Cost minus CTAI requested minus co-funders: what is not funded (negative: funded beyond cost). */
export function fundingGap(budget: BudgetAnnuel): number {
  return budget.coutTotal - budget.ctaiDemande - cofinancement(budget);
}

function add(totals: FundingTotals, budget: BudgetAnnuel): void {
  totals.coutTotal += budget.coutTotal;
  totals.ctaiDemande += budget.ctaiDemande;
  totals.ctaiAccorde += budget.ctaiAccorde ?? 0;
  totals.cofinancement += cofinancement(budget);
}

/** Actions that count in the funding: every action not set aside. */
export function fundedActions(dossier: Pick<Dossier, 'actions'>): Action[] {
  return dossier.actions.filter((action) => action.statut !== 'ecartee');
}

export function totalsByYear(dossier: Pick<Dossier, 'actions'>): Map<number, FundingTotals> {
  const byYear = new Map<number, FundingTotals>();
  for (const action of fundedActions(dossier)) {
    for (const budget of action.budgets) {
      const totals = byYear.get(budget.annee) ?? zero();
      add(totals, budget);
      byYear.set(budget.annee, totals);
    }
  }
  return new Map([...byYear.entries()].sort(([a], [b]) => a - b));
}

/**
 * Totals per axis. An action on several axes is counted under each of them, shared equally
 * (the remainder cent goes to its first axis) so that the axes add up to the whole.
 */
export function totalsByAxe(dossier: Pick<Dossier, 'actions'>): Map<Axe, FundingTotals> {
  const byAxe = new Map<Axe, FundingTotals>();
  for (const action of fundedActions(dossier)) {
    const whole = zero();
    for (const budget of action.budgets) add(whole, budget);
    action.axes.forEach((axe, index) => {
      const totals = byAxe.get(axe) ?? zero();
      for (const key of Object.keys(whole) as (keyof FundingTotals)[]) {
        const share = Math.floor(whole[key] / action.axes.length);
        totals[key] += share + (index === 0 ? whole[key] - share * action.axes.length : 0);
      }
      byAxe.set(axe, totals);
    });
  }
  return byAxe;
}

export function grandTotal(dossier: Pick<Dossier, 'actions'>): FundingTotals {
  const totals = zero();
  for (const action of fundedActions(dossier)) for (const budget of action.budgets) add(totals, budget);
  return totals;
}

/** Share of the total cost funded by the State, between 0 and 1 (null when there is no cost). */
export function stateShare(totals: FundingTotals, basis: 'demande' | 'accorde' = 'demande'): number | null {
  if (totals.coutTotal === 0) return null;
  return (basis === 'demande' ? totals.ctaiDemande : totals.ctaiAccorde) / totals.coutTotal;
}
