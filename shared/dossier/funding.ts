// Funding figures and the rules on them: CTAI never above cost, co-funding that adds up,
// totals per year and per axis, State share, payments within the amount granted.
import type { Axe } from './axes';
import type { Action, BudgetAnnuel, Dossier } from './dossier-schema';

export interface FundingProblem {
  code: 'ctai-above-total' | 'funding-gap' | 'payments-above-granted';
  path: (string | number)[];
  message: string;
  /** For a gap: cost minus CTAI minus co-funders, in cents (positive: unfunded; negative: over-funded). */
  gap?: number;
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

export function amountGranted(dossier: Pick<Dossier, 'actions'>, annee?: number): number {
  return fundedActions(dossier)
    .flatMap((action) => action.budgets)
    .filter((budget) => annee === undefined || budget.annee === annee)
    .reduce((sum, budget) => sum + (budget.ctaiAccorde ?? 0), 0);
}

export function amountPaid(dossier: Pick<Dossier, 'contrat'>, annee?: number): number {
  return dossier.contrat.versements
    .filter((versement) => annee === undefined || versement.annee === annee)
    .reduce((sum, versement) => sum + (versement.montantVerse ?? 0), 0);
}

export function fundingProblems(
  dossier: Pick<Dossier, 'actions' | 'contrat'>,
  formatAmount: (cents: number) => string,
): FundingProblem[] {
  const problems: FundingProblem[] = [];
  dossier.actions.forEach((action, actionIndex) => {
    if (action.statut === 'ecartee') return;
    action.budgets.forEach((budget, budgetIndex) => {
      const path = ['actions', actionIndex, 'budgets', budgetIndex];
      if (budget.ctaiDemande > budget.coutTotal) {
        problems.push({
          code: 'ctai-above-total',
          path: [...path, 'ctaiDemande'],
          message: `« ${action.intitule} », ${budget.annee} : le montant CTAI demandé (${formatAmount(budget.ctaiDemande)}) dépasse le coût total (${formatAmount(budget.coutTotal)}).`,
        });
      }
      if (budget.ctaiAccorde !== null && budget.ctaiAccorde > budget.coutTotal) {
        problems.push({
          code: 'ctai-above-total',
          path: [...path, 'ctaiAccorde'],
          message: `« ${action.intitule} », ${budget.annee} : le montant CTAI accordé (${formatAmount(budget.ctaiAccorde)}) dépasse le coût total (${formatAmount(budget.coutTotal)}).`,
        });
      }
      const gap = fundingGap(budget);
      if (gap !== 0) {
        problems.push({
          code: 'funding-gap',
          path: [...path, 'cofinanceurs'],
          gap,
          message:
            gap > 0
              ? `« ${action.intitule} », ${budget.annee} : ${formatAmount(gap)} du coût total ne sont couverts ni par le CTAI ni par un cofinanceur.`
              : `« ${action.intitule} », ${budget.annee} : le CTAI et les cofinanceurs dépassent le coût total de ${formatAmount(-gap)}.`,
        });
      }
    });
  });
  const years = new Set(dossier.contrat.versements.map((versement) => versement.annee));
  for (const annee of [...years].sort()) {
    const granted = amountGranted(dossier, annee);
    const paid = amountPaid(dossier, annee);
    if (paid > granted) {
      problems.push({
        code: 'payments-above-granted',
        path: ['contrat', 'versements'],
        message: `${annee} : les versements (${formatAmount(paid)}) dépassent le montant accordé (${formatAmount(granted)}).`,
      });
    }
  }
  return problems;
}
