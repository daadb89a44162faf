// Funding figures of the actions (cost, requested, granted, co-funders): totals per year and per
// axis, and the State share. Once the contract is signed, « granted » is the amount in force —
// the contract's, or the signed avenant's for its year (commitment.ts) — so that no screen shows
// another figure than the acts. The rules on these figures are in consistency.ts.
import type { Axe } from './axes';
import { stateCommitment } from './commitment';
import type { Action, BudgetAnnuel, Dossier } from './dossier-schema';
import { isContractSigned } from './signed-contract';

type FundedDossier = Pick<Dossier, 'actions'> & Partial<Pick<Dossier, 'contrat' | 'workflow'>>;

/**
 * How much is granted to an action for a budget's year, in cents: as typed before signature;
 * once signed, the amount in force by the contract and its signed avenants (0 when withdrawn).
 */
export function grantedAmounts(dossier: FundedDossier): (action: Action, budget: BudgetAnnuel) => number {
  const { contrat, workflow } = dossier;
  if (!contrat || !workflow || !isContractSigned({ workflow })) return (_, budget) => budget.ctaiAccorde ?? 0;
  const byYear = new Map<number, Map<string, number>>();
  return (action, budget) => {
    let lines = byYear.get(budget.annee);
    if (!lines) {
      const commitment = stateCommitment({ actions: dossier.actions, contrat }, budget.annee);
      lines = new Map(commitment.lines.map((line) => [line.actionId, line.montant]));
      byYear.set(budget.annee, lines);
    }
    return lines.get(action.id) ?? 0;
  };
}

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

function add(totals: FundingTotals, budget: BudgetAnnuel, granted: number): void {
  totals.coutTotal += budget.coutTotal;
  totals.ctaiDemande += budget.ctaiDemande;
  totals.ctaiAccorde += granted;
  totals.cofinancement += cofinancement(budget);
}

/** Actions that count in the funding: every action not set aside. */
export function fundedActions(dossier: Pick<Dossier, 'actions'>): Action[] {
  return dossier.actions.filter((action) => action.statut !== 'ecartee');
}

export function totalsByYear(dossier: FundedDossier): Map<number, FundingTotals> {
  const granted = grantedAmounts(dossier);
  const byYear = new Map<number, FundingTotals>();
  for (const action of fundedActions(dossier)) {
    for (const budget of action.budgets) {
      const totals = byYear.get(budget.annee) ?? zero();
      add(totals, budget, granted(action, budget));
      byYear.set(budget.annee, totals);
    }
  }
  return new Map([...byYear.entries()].sort(([a], [b]) => a - b));
}

/**
 * Totals per axis. An action on several axes is counted under each of them, shared equally
 * (the remainder cent goes to its first axis) so that the axes add up to the whole.
 */
export function totalsByAxe(dossier: FundedDossier): Map<Axe, FundingTotals> {
  const granted = grantedAmounts(dossier);
  const byAxe = new Map<Axe, FundingTotals>();
  for (const action of fundedActions(dossier)) {
    const whole = zero();
    for (const budget of action.budgets) add(whole, budget, granted(action, budget));
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

export function grandTotal(dossier: FundedDossier): FundingTotals {
  const granted = grantedAmounts(dossier);
  const totals = zero();
  for (const action of fundedActions(dossier))
    for (const budget of action.budgets) add(totals, budget, granted(action, budget));
  return totals;
}

/** Share of the total cost funded by the State, between 0 and 1 (null when there is no cost). */
export function stateShare(totals: FundingTotals, basis: 'demande' | 'accorde' = 'demande'): number | null {
  if (totals.coutTotal === 0) return null;
  return (basis === 'demande' ? totals.ctaiDemande : totals.ctaiAccorde) / totals.coutTotal;
}
