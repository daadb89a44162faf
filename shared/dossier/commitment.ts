// The one financial truth of a CTAI: what the State owes for each year, per action, and by
// which act. Every screen and document reads it from here, never from a figure typed twice.
//
// The rule (domain: "Money, acts and payments"): the State's commitment for a year is the sum
// granted to the actions retained for that year, as set by the signed contract and then by the
// latest signed avenant financier for that year. Payments follow from the year's act: an advance
// at its signature (`contrat.tauxAvance` percent), the balance on receipt of the year's report.
import type { Action, ActionStatus, Avenant, Dossier } from './dossier-schema';

/** Statuses of an action the contract retains (its money counts). */
export const RETAINED_STATUSES: readonly ActionStatus[] = ['retenue', 'en-cours', 'terminee'];

export function isRetained(action: Pick<Action, 'statut'>): boolean {
  return RETAINED_STATUSES.includes(action.statut);
}

/** The contract's years, first to last (ISO years); empty while its first year or duration is unknown. */
export function contractYears(dossier: Pick<Dossier, 'contrat'>): number[] {
  const { anneeDebut, duree } = dossier.contrat;
  if (anneeDebut === null || duree === null) return [];
  return Array.from({ length: duree }, (_, i) => anneeDebut + i);
}

/**
 * The act that sets a year's figures: the contract, an avenant, or, for the year of a projet
 * territorial the dossier was before it became a contract, that PTAI's signed convention.
 */
export type ActRef =
  { kind: 'contrat' } | { kind: 'avenant'; avenantId: string; numero: string } | { kind: 'convention-ptai' };

export interface CommitmentLine {
  actionId: string;
  intitule: string;
  /** Cents granted to the action for the year. */
  montant: number;
}

export interface YearCommitment {
  annee: number;
  act: ActRef;
  /** ISO date the act was signed, '' while it is not. */
  signedOn: string;
  lines: CommitmentLine[];
  /** Cents: the sum of the lines. */
  total: number;
}

function commitment(annee: number, act: ActRef, signedOn: string, lines: CommitmentLine[]): YearCommitment {
  return { annee, act, signedOn, lines, total: lines.reduce((sum, line) => sum + line.montant, 0) };
}

/** The contract's own figures for a year: what it grants to each retained action with a budget that year. */
export function contractCommitment(dossier: Pick<Dossier, 'actions' | 'contrat'>, annee: number): YearCommitment {
  const lines = dossier.actions.filter(isRetained).flatMap((action) => {
    const budget = action.budgets.find((b) => b.annee === annee);
    return budget ? [{ actionId: action.id, intitule: action.intitule, montant: budget.ctaiAccorde ?? 0 }] : [];
  });
  return commitment(annee, { kind: 'contrat' }, dossier.contrat.signature.date, lines);
}

/** Signed avenants in the order signed (their number, then their date). */
export function signedAvenants(dossier: Pick<Dossier, 'contrat'>): Avenant[] {
  return dossier.contrat.avenants
    .filter((avenant) => avenant.statut === 'signe')
    .sort((a, b) => Number(a.numero) - Number(b.numero) || a.date.localeCompare(b.date));
}

/**
 * The number an avenant has, or will have when signed: avenants are numbered from the dossier's
 * own, 1, 2, … in the order signed, without gap or duplicate.
 */
export function avenantNumber(dossier: Pick<Dossier, 'contrat'>, avenant: Avenant): string {
  if (avenant.statut === 'signe' && avenant.numero) return avenant.numero;
  const taken = signedAvenants(dossier)
    .map((a) => Number(a.numero))
    .filter(Number.isFinite);
  return String(Math.max(0, ...taken) + 1);
}

/** An avenant's figures for its year: each action it lists, at the amount it sets (0 withdraws). */
export function avenantCommitment(dossier: Pick<Dossier, 'actions' | 'contrat'>, avenant: Avenant): YearCommitment {
  const titles = new Map(dossier.actions.map((action) => [action.id, action.intitule]));
  const lines = avenant.montants
    .filter((line) => line.montant > 0)
    .map((line) => ({
      actionId: line.actionId,
      intitule: titles.get(line.actionId) ?? line.actionId,
      montant: line.montant,
    }));
  return commitment(
    avenant.annee,
    { kind: 'avenant', avenantId: avenant.id, numero: avenantNumber(dossier, avenant) },
    avenant.statut === 'signe' ? avenant.date : '',
    lines,
  );
}

/**
 * What the State owes for `annee`, per action, and as of which act: the latest signed avenant
 * for that year, else the contract. Amounts in cents.
 */
export function stateCommitment(dossier: Pick<Dossier, 'actions' | 'contrat'>, annee: number): YearCommitment {
  const latest = signedAvenants(dossier)
    .filter((avenant) => avenant.annee === annee)
    .at(-1);
  if (latest) return avenantCommitment(dossier, latest);
  const own = contractCommitment(dossier, annee);
  const convention = dossier.contrat.conventionPtai;
  // The year of the projet territorial the dossier was: its convention granted the amounts.
  return convention?.annee === annee ? { ...own, act: { kind: 'convention-ptai' }, signedOn: convention.date } : own;
}

/**
 * The commitment of every year of the contract; while its years are unknown, of every year an
 * action retained has a budget for.
 */
export function stateCommitments(dossier: Pick<Dossier, 'actions' | 'contrat'>): YearCommitment[] {
  const years = contractYears(dossier);
  const ptaiYear = dossier.contrat.conventionPtai?.annee;
  const shown = years.length
    ? [...(ptaiYear !== undefined && !years.includes(ptaiYear) ? [ptaiYear] : []), ...years]
    : [...new Set(dossier.actions.filter(isRetained).flatMap((a) => a.budgets.map((b) => b.annee)))].sort();
  return shown.map((annee) => stateCommitment(dossier, annee));
}

/** The contract's own figures for every year (what its article on amounts and annex 3 print). */
export function contractCommitments(dossier: Pick<Dossier, 'actions' | 'contrat'>): YearCommitment[] {
  const years = contractYears(dossier);
  return years.map((annee) => contractCommitment(dossier, annee));
}

export function actLabel(act: ActRef): string {
  if (act.kind === 'convention-ptai') return 'convention du projet territorial';
  return act.kind === 'contrat' ? 'contrat' : `avenant n° ${act.numero}`;
}

export interface ScheduledPayment {
  nature: 'avance' | 'solde';
  /** Cents. */
  montant: number;
  /** ISO date it is due, '' while the event it waits for has not happened. */
  echeance: string;
  /** In French, when it is due: « à la signature du contrat », « à réception du bilan 2027 ». */
  condition: string;
}

/**
 * The payments of a year's act: the advance (`contrat.tauxAvance` percent of the total, rounded
 * to the cent) at the act's signature, the balance on receipt of the year's report. The two add
 * up to the act's total exactly.
 */
export function paymentSchedule(dossier: Pick<Dossier, 'contrat'>, commitment: YearCommitment): ScheduledPayment[] {
  const advance = Math.round((commitment.total * dossier.contrat.tauxAvance) / 100);
  const report = dossier.contrat.bilans.find((bilan) => bilan.annee === commitment.annee && bilan.dateReception);
  // The contract pays the advance of its first year only; a later year's advance waits for the
  // avenant that sets that year (no second advance at the contract's signature).
  const laterYearOfContract =
    commitment.act.kind === 'contrat' &&
    dossier.contrat.anneeDebut !== null &&
    commitment.annee > dossier.contrat.anneeDebut;
  const act =
    commitment.act.kind === 'avenant'
      ? `de l’avenant n° ${commitment.act.numero}`
      : laterYearOfContract
        ? `de l’avenant ${commitment.annee}`
        : 'du contrat';
  return [
    {
      nature: 'avance',
      montant: advance,
      echeance: laterYearOfContract ? '' : commitment.signedOn,
      condition: `à la signature ${act}`,
    },
    {
      nature: 'solde',
      montant: commitment.total - advance,
      echeance: report?.dateReception ?? '',
      condition: `à réception du bilan ${commitment.annee}`,
    },
  ];
}

export interface YearPayments {
  commitment: YearCommitment;
  schedule: ScheduledPayment[];
  /** Cents recorded as paid for the year. */
  paid: number;
  /** Cents still to pay: the commitment less what was paid (negative when overpaid). */
  remaining: number;
}

/** Cents recorded as paid for `annee` (a line without an amount is not a payment). */
export function amountPaid(dossier: Pick<Dossier, 'contrat'>, annee: number): number {
  return dossier.contrat.versements
    .filter((versement) => versement.annee === annee)
    .reduce((sum, versement) => sum + (versement.montantVerse ?? 0), 0);
}

/** Each year's commitment, schedule, what was paid and what remains; and the totals. */
export function paymentsSituation(dossier: Pick<Dossier, 'actions' | 'contrat'>): {
  years: YearPayments[];
  committed: number;
  paid: number;
  remaining: number;
} {
  const years = stateCommitments(dossier).map((commitment) => {
    const paid = amountPaid(dossier, commitment.annee);
    return { commitment, schedule: paymentSchedule(dossier, commitment), paid, remaining: commitment.total - paid };
  });
  const sum = (pick: (year: YearPayments) => number) => years.reduce((total, year) => total + pick(year), 0);
  return {
    years,
    committed: sum((y) => y.commitment.total),
    paid: sum((y) => y.paid),
    remaining: sum((y) => y.remaining),
  };
}
