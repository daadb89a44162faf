// Avenants as acts: drafted for a year with the amounts in force as a starting point, then
// signed (place, date, signatories, délibération), which numbers them and makes them the truth
// for their year. Pure functions: a new dossier, or the reasons it cannot be done.
import { avenantNumber, contractYears, stateCommitment } from './commitment';
import { avenantProblems, blocking } from './consistency';
import type { Avenant, Dossier } from './dossier-schema';
import { isContractSigned } from './signed-contract';
import { completeSignatories } from './signatories';

export type AvenantResult = { ok: true; dossier: Dossier; avenant: Avenant } | { ok: false; reasons: string[] };

/** Years an avenant can be drafted for: every year of the contract but the first, which the contract sets. */
export function avenantYears(dossier: Dossier): number[] {
  return contractYears(dossier).slice(1);
}

/**
 * A draft avenant for `annee`, holding for each action the amount in force that year (the
 * contract's or the latest signed avenant's) and 0 for the other actions with a budget that year,
 * so the agent sees every action it may change, add or withdraw.
 */
export function draftAvenant(dossier: Dossier, annee: number, id: string): AvenantResult {
  if (!isContractSigned(dossier))
    return {
      ok: false,
      reasons: ['Le contrat n’est pas encore signé : ses montants se modifient directement, sans avenant.'],
    };
  if (!avenantYears(dossier).includes(annee))
    return {
      ok: false,
      reasons: [
        annee === contractYears(dossier)[0]
          ? `Le montant de ${annee}, première année du contrat, est fixé par le contrat lui-même : un avenant porte sur une année suivante.`
          : `${annee} n’est pas une année du contrat : choisissez une année entre ${contractYears(dossier)[1] ?? '—'} et ${contractYears(dossier).at(-1) ?? '—'}.`,
      ],
    };
  if (dossier.contrat.avenants.some((avenant) => avenant.annee === annee && avenant.statut === 'projet'))
    return { ok: false, reasons: [`Un projet d’avenant existe déjà pour ${annee} : complétez-le ou supprimez-le.`] };
  const inForce = new Map(stateCommitment(dossier, annee).lines.map((line) => [line.actionId, line.montant]));
  const montants = dossier.actions
    .filter(
      (action) =>
        inForce.has(action.id) || (action.statut !== 'ecartee' && action.budgets.some((b) => b.annee === annee)),
    )
    .map((action) => ({ actionId: action.id, montant: inForce.get(action.id) ?? 0 }));
  const avenant: Avenant = {
    id,
    annee,
    numero: '',
    statut: 'projet',
    date: '',
    lieu: dossier.contrat.signature.lieu,
    signataires: [],
    deliberation: { numero: '', date: '' },
    montants,
  };
  return {
    ok: true,
    avenant,
    dossier: { ...dossier, contrat: { ...dossier.contrat, avenants: [...dossier.contrat.avenants, avenant] } },
  };
}

/**
 * Records the signature of a draft avenant: it needs its place and date and no blocking problem
 * (consistency.ts); it takes the next number and the signatories the dossier names.
 */
export function signAvenant(dossier: Dossier, avenantId: string, today: string): AvenantResult {
  const avenant = dossier.contrat.avenants.find((a) => a.id === avenantId);
  if (!avenant) return { ok: false, reasons: ['Cet avenant n’existe plus dans le dossier.'] };
  if (avenant.statut === 'signe') return { ok: false, reasons: [`L’avenant n° ${avenant.numero} est déjà signé.`] };
  if (!isContractSigned(dossier)) return { ok: false, reasons: ['Le contrat doit être signé avant ses avenants.'] };
  const reasons: string[] = [];
  if (!avenant.lieu.trim()) reasons.push('Indiquez le lieu de signature de l’avenant.');
  if (!avenant.date) reasons.push('Indiquez la date de signature de l’avenant.');
  if (avenant.date && dossier.contrat.signature.date && avenant.date < dossier.contrat.signature.date)
    reasons.push('La date de signature de l’avenant précède celle du contrat.');
  const signataires = completeSignatories(avenant.signataires, dossier);
  if (!signataires.some((s) => s.partie === 'etat')) reasons.push('Indiquez le signataire pour l’État (onglet État).');
  if (!signataires.some((s) => s.partie === 'collectivite'))
    reasons.push('Indiquez le signataire pour la collectivité (onglet Collectivité).');
  reasons.push(...blocking(avenantProblems(dossier, avenant, today)).map((p) => p.message));
  if (reasons.length) return { ok: false, reasons };
  const signed: Avenant = { ...avenant, statut: 'signe', numero: avenantNumber(dossier, avenant), signataires };
  return {
    ok: true,
    avenant: signed,
    dossier: {
      ...dossier,
      contrat: { ...dossier.contrat, avenants: dossier.contrat.avenants.map((a) => (a.id === avenantId ? signed : a)) },
    },
  };
}

/** The avenant a document is made of: the one named, else the year's latest (signed or draft). */
export function avenantFor(dossier: Dossier, annee: number, avenantId?: string): Avenant | undefined {
  const { avenants } = dossier.contrat;
  if (avenantId) return avenants.find((avenant) => avenant.id === avenantId);
  return avenants.filter((avenant) => avenant.annee === annee).at(-1);
}
