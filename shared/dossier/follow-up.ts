// The contract's life after its signature: yearly reports (bilans) with each action's results,
// the financial statement, steering committees (COPIL), and what is due from them.
//
// Rules and their sources:
// - The financial statement (compte rendu financier) of a subsidised action is due within six
//   months of the end of the year it covers (loi n° 2000-321 du 12 avril 2000, art. 10, 6e alinéa;
//   contents fixed by the arrêté du 11 octobre 2006); the contract's clause asks the yearly report
//   by the same date. Years are calendar years, so the deadline is 30 June of the next year.
// - The COPIL meets at least once a year (the contract's clause on governance); a projet
//   territorial (PTAI) has no COPIL: its one-year convention asks only the report and statement.
// - The balance of a year is paid on its report (commitment.ts, paymentSchedule).
import { dateEnLettres } from '../format/dates';
import { formatEuros } from '../format/money';
import { contractYears, paymentsSituation } from './commitment';
import type { Bilan, BilanAction, Copil, Dossier } from './dossier-schema';
import { formeOf } from './workflow-steps';

/** A new yearly report for a year (nothing received yet). */
export function newBilan(annee: number): Bilan {
  return { annee, dateReception: '', financier: false, dateCompteRenduFinancier: '', actions: [] };
}

/** A new, empty account of an action in a yearly report. */
export function newBilanAction(actionId: string): BilanAction {
  return {
    actionId,
    beneficiairesAtteints: null,
    realise: '',
    difficultes: '',
    perspectives: '',
    depenseTotale: null,
    depenseCtai: null,
    cofinancements: [],
  };
}

/** A new COPIL meeting on a date (ISO). */
export function newCopil(date: string): Copil {
  return { date, objet: 'Comité de pilotage annuel', lieu: '', participants: [], decisions: [] };
}

/** The report of a year, if one is recorded. */
export function bilanFor(dossier: Pick<Dossier, 'contrat'>, annee: number): Bilan | undefined {
  return dossier.contrat.bilans.find((bilan) => bilan.annee === annee);
}

/** The date (ISO) the yearly report was received, or '' while it is not. */
export function reportReceived(bilan: Bilan | undefined): string {
  return bilan?.dateReception ?? '';
}

/**
 * The date (ISO) the financial statement was received, or '' while it is not. A format 1 report
 * marked `financier` held it: its date is the report's.
 */
export function financialStatementReceived(bilan: Bilan | undefined): string {
  if (!bilan) return '';
  return bilan.dateCompteRenduFinancier || (bilan.financier ? bilan.dateReception : '');
}

/** The deadline (ISO) of the report and financial statement of a year: 30 June of the next year. */
export function reportDeadline(annee: number): string {
  return `${annee + 1}-06-30`;
}

/** Whole days from one ISO date to another (negative when `to` is earlier); leap years counted. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type DueKind = 'bilan' | 'compte-rendu-financier' | 'copil' | 'solde' | 'fin-de-contrat';

/** Something due on a dossier: what, for which year, by when, and where it is entered. */
export interface DueItem {
  kind: DueKind;
  annee: number;
  /** ISO date it is due by (for a balance: the day it became payable, never past due). */
  echeance: string;
  /** One French sentence, with the date in words where it helps. */
  label: string;
  /** Past its date (`depassee`) or not yet (`a-venir`). */
  etat: 'depassee' | 'a-venir';
  /** The dossier tab where it is recorded. */
  tab: 'suivi' | 'contrat';
}

/** How far ahead the end of a contract is announced, in days. */
export const CONTRACT_END_NOTICE_DAYS = 90;
/** « Dans les 30 jours »: the window of the Dossiers list's filter. */
export const SOON_DAYS = 30;

/**
 * The facts of a dossier in follow-up that its due dates derive from, small enough to keep in the
 * list's summary of each dossier (dossier-figures.ts) and to compute the due dates of ten
 * thousand dossiers on any day. Null for a dossier not in follow-up or not active.
 */
export interface FollowUpFacts {
  /** The contract's years. */
  annees: number[];
  /** Per year with a report: the dates (ISO, '' while not) the report and financial statement came. */
  bilans: { annee: number; recu: string; financier: string }[];
  /** Years in which a COPIL met. */
  copils: number[];
  /** Per year: what remains to pay of the State's commitment, in cents. */
  resteAVerser: { annee: number; montant: number }[];
  /**
   * True for a projet territorial (PTAI): its convention asks one report and financial statement,
   * no steering committee. Absent from summaries stored before it, and for a contract.
   */
  ptai?: true;
}

export function followUpFacts(dossier: Dossier): FollowUpFacts | null {
  if (dossier.workflow.etape !== 'suivi' || dossier.workflow.statut !== 'actif') return null;
  return {
    annees: contractYears(dossier),
    bilans: dossier.contrat.bilans.map((bilan) => ({
      annee: bilan.annee,
      recu: reportReceived(bilan),
      financier: financialStatementReceived(bilan),
    })),
    copils: [...new Set(dossier.contrat.copil.map((copil) => Number(copil.date.slice(0, 4))))],
    resteAVerser: paymentsSituation(dossier).years.map((year) => ({
      annee: year.commitment.annee,
      montant: year.remaining,
    })),
    ...(formeOf(dossier) === 'ptai' ? { ptai: true as const } : {}),
  };
}

/**
 * What is due on a signed contract at `today` (ISO): for each year that has ended, its report and
 * financial statement until received (due 30 June of the next year); for each year begun, a COPIL
 * held in it (due 31 December); a balance payable once the report is in and not yet paid; the end
 * of the contract within CONTRACT_END_NOTICE_DAYS. Empty for a dossier not in follow-up, or
 * abandoned, suspended or closed. Sorted by date.
 */
export function dueItems(dossier: Dossier, today: string): DueItem[] {
  return dueFromFacts(followUpFacts(dossier), today);
}

/** dueItems, from the facts a dossier's summary keeps (see followUpFacts). */
export function dueFromFacts(facts: FollowUpFacts | null, today: string): DueItem[] {
  if (!facts) return [];
  const items: DueItem[] = [];
  // A balance has no deadline of its own: payable from the report's reception, it is to do, not late.
  const add = (item: Omit<DueItem, 'etat'>) =>
    items.push({ ...item, etat: item.kind !== 'solde' && item.echeance < today ? 'depassee' : 'a-venir' });
  const currentYear = Number(today.slice(0, 4));
  for (const annee of facts.annees) {
    if (annee > currentYear) continue;
    const bilan = facts.bilans.find((b) => b.annee === annee);
    if (annee < currentYear) {
      const deadline = reportDeadline(annee);
      if (!bilan?.recu)
        add({
          kind: 'bilan',
          annee,
          echeance: deadline,
          label: `Bilan ${annee} attendu avant le ${dateEnLettres(deadline)}`,
          tab: 'suivi',
        });
      if (!bilan?.financier)
        add({
          kind: 'compte-rendu-financier',
          annee,
          echeance: deadline,
          label: `Compte rendu financier ${annee} attendu avant le ${dateEnLettres(deadline)}`,
          tab: 'suivi',
        });
    }
    if (!facts.ptai && !facts.copils.includes(annee))
      add({
        kind: 'copil',
        annee,
        echeance: `${annee}-12-31`,
        label:
          annee < currentYear
            ? `Aucun comité de pilotage tenu en ${annee}`
            : `Comité de pilotage ${annee} à réunir avant le ${dateEnLettres(`${annee}-12-31`)}`,
        tab: 'suivi',
      });
    const remaining = facts.resteAVerser.find((year) => year.annee === annee)?.montant ?? 0;
    if (bilan?.recu && remaining > 0)
      add({
        kind: 'solde',
        annee,
        echeance: bilan.recu,
        label: `Solde ${annee} à verser : ${formatEuros(remaining)} (bilan reçu le ${dateEnLettres(bilan.recu)})`,
        tab: 'contrat',
      });
  }
  const last = facts.annees.at(-1);
  const end = last === undefined ? null : `${last}-12-31`;
  if (end && end >= today && daysBetween(today, end) <= CONTRACT_END_NOTICE_DAYS)
    add({
      kind: 'fin-de-contrat',
      annee: last!,
      echeance: end,
      label: `${facts.ptai ? 'La convention' : 'Le contrat'} prend fin le ${dateEnLettres(end)}`,
      tab: 'suivi',
    });
  return items.sort((a, b) => a.echeance.localeCompare(b.echeance) || a.kind.localeCompare(b.kind));
}

/** Whether an item is due within SOON_DAYS of `today` (a payable balance counts: its date is past). */
export function isDueSoon(item: DueItem, today: string): boolean {
  return item.etat === 'a-venir' && daysBetween(today, item.echeance) <= SOON_DAYS;
}

/** Whether something is past its date, or due within SOON_DAYS, among due items. */
export function dueState(items: readonly DueItem[], today: string): { depassee: boolean; bientot: boolean } {
  return {
    depassee: items.some((item) => item.etat === 'depassee'),
    bientot: items.some((item) => isDueSoon(item, today)),
  };
}

/**
 * A value reached for an indicator whose target is a number, when the value is not one: kept as
 * typed, said as a warning (« 12 familles » against a target « 20 »). Numbers in French or
 * English writing (« 1 200 », « 12,5 », « 12.5 ») count as numbers.
 */
export function isNumberLike(value: string): boolean {
  return /^-?\d[\d\s\u00a0\u202f]*([.,]\d+)?\s*%?$/.test(value.trim());
}
