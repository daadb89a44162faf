// The steps of a dossier: what must hold to reach each one, going back or suspending with a
// reason, and the next thing to do. Pure functions: they return a new dossier or a refusal.
import { COMPULSORY_AXE, AXE_LABELS } from './axes';
import type { Dossier, WorkflowEvent } from './dossier-schema';
import { fundedActions, fundingProblems } from './funding';
import { formatEuros } from '../format/money';
import { STEP_LABELS, STEPS, stepIndex, type Step } from './workflow-steps';

export type WorkflowResult = { ok: true; dossier: Dossier } | { ok: false; reasons: string[] };

/** Why the dossier cannot reach `step` now (empty when it can). */
export function missingForStep(dossier: Dossier, step: Step): string[] {
  const reasons: string[] = [];
  const { collectivite, etat, diagnostic } = dossier;
  switch (step) {
    case 'lettre-intention':
      if (!collectivite.representant.nom)
        reasons.push('Indiquez le représentant de la collectivité (onglet Collectivité).');
      break;
    case 'echange':
      if (!etat.referent.nom) reasons.push('Indiquez l’agent référent de l’État (onglet État).');
      break;
    case 'diagnostic':
      if (diagnostic.publics.length === 0)
        reasons.push('Ajoutez au moins une année de chiffres sur le public au diagnostic.');
      if (!diagnostic.axes.some((axe) => axe.constats.trim()))
        reasons.push('Décrivez les constats d’au moins un axe du diagnostic.');
      break;
    case 'proposition': {
      const actions = fundedActions(dossier);
      if (actions.length === 0) reasons.push('Ajoutez au moins une action.');
      if (!actions.some((action) => action.axes.includes(COMPULSORY_AXE)))
        reasons.push(
          `Le contrat doit comporter au moins une action de l’axe « ${AXE_LABELS[COMPULSORY_AXE]} », obligatoire.`,
        );
      if (actions.some((action) => action.budgets.length === 0))
        reasons.push('Chaque action doit avoir un budget pour au moins une année.');
      for (const problem of fundingProblems(dossier, formatEuros)) {
        if (problem.code === 'ctai-above-total') reasons.push(problem.message);
      }
      break;
    }
    case 'signature':
      reasons.push(...missingForSignature(dossier));
      break;
    case 'suivi':
      if (dossier.contrat.montantsAnnuels.length === 0)
        reasons.push('Indiquez les montants annuels du contrat (onglet Contrat) avant d’en commencer le suivi.');
      break;
    case 'cloture':
      reasons.push(...missingForClosure(dossier));
      break;
  }
  return reasons;
}

/** A contract cannot be marked signed without its place, date and signatories of both parties. */
export function missingForSignature(dossier: Dossier): string[] {
  const { signature } = dossier.contrat;
  const reasons: string[] = [];
  if (!signature.lieu.trim()) reasons.push('Indiquez le lieu de signature du contrat.');
  if (!signature.date) reasons.push('Indiquez la date de signature du contrat.');
  if (!signature.signataires.some((s) => s.partie === 'etat')) reasons.push('Indiquez le signataire pour l’État.');
  if (!signature.signataires.some((s) => s.partie === 'collectivite'))
    reasons.push('Indiquez le signataire pour la collectivité.');
  return reasons;
}

/** A contract is closed once every year's report and financial statement have been received. */
export function missingForClosure(dossier: Dossier): string[] {
  const years = dossier.contrat.montantsAnnuels.map((montant) => montant.annee);
  return years
    .filter(
      (annee) =>
        !dossier.contrat.bilans.some((bilan) => bilan.annee === annee && bilan.dateReception && bilan.financier),
    )
    .map((annee) => `Enregistrez la réception du bilan et du bilan financier ${annee} avant de clore le dossier.`);
}

function withEvent(dossier: Dossier, event: WorkflowEvent, changes: Partial<Dossier['workflow']>): Dossier {
  return {
    ...dossier,
    workflow: { ...dossier.workflow, ...changes, evenements: [...dossier.workflow.evenements, event] },
  };
}

function refuseIfInactive(dossier: Dossier): string[] {
  if (dossier.workflow.statut === 'suspendu')
    return ['Le dossier est suspendu : reprenez-le avant de changer d’étape.'];
  if (dossier.workflow.statut === 'abandonne')
    return ['Le dossier est abandonné : aucune étape ne peut plus être franchie.'];
  return [];
}

/** Reaches the next step on `date`, when its conditions hold. */
export function advance(dossier: Dossier, target: Step, date: string, auteur: string): WorkflowResult {
  const inactive = refuseIfInactive(dossier);
  if (inactive.length) return { ok: false, reasons: inactive };
  const current = stepIndex(dossier.workflow.etape);
  const wanted = stepIndex(target);
  if (wanted !== current + 1) {
    const expected = STEPS[current + 1];
    return {
      ok: false,
      reasons: [
        expected
          ? `Les étapes se franchissent dans l’ordre : la prochaine est « ${STEP_LABELS[expected]} ».`
          : 'Le dossier est clos : il n’y a plus d’étape à franchir.',
      ],
    };
  }
  const previousDate = dossier.workflow.etape ? dossier.workflow.dates[dossier.workflow.etape] : undefined;
  const reasons = missingForStep(dossier, target);
  if (previousDate && date < previousDate)
    reasons.push(`La date ne peut pas précéder celle de l’étape précédente (${previousDate}).`);
  if (reasons.length) return { ok: false, reasons };
  return {
    ok: true,
    dossier: withEvent(
      dossier,
      { date, type: 'avance', etape: target, motif: '', auteur },
      { etape: target, dates: { ...dossier.workflow.dates, [target]: date } },
    ),
  };
}

/** Goes back to an earlier step; the reason is required and kept. */
export function goBack(
  dossier: Dossier,
  target: Step | null,
  date: string,
  motif: string,
  auteur: string,
): WorkflowResult {
  const inactive = refuseIfInactive(dossier);
  if (inactive.length) return { ok: false, reasons: inactive };
  if (!motif.trim()) return { ok: false, reasons: ['Indiquez le motif du retour à une étape précédente.'] };
  const current = stepIndex(dossier.workflow.etape);
  const wanted = stepIndex(target);
  if (wanted >= current) return { ok: false, reasons: ['Choisissez une étape antérieure à l’étape actuelle.'] };
  const dates = Object.fromEntries(
    Object.entries(dossier.workflow.dates).filter(([step]) => stepIndex(step as Step) <= wanted),
  );
  return {
    ok: true,
    dossier: withEvent(
      dossier,
      { date, type: 'retour', etape: target, motif: motif.trim(), auteur },
      { etape: target, dates },
    ),
  };
}

export function suspend(dossier: Dossier, date: string, motif: string, auteur: string): WorkflowResult {
  if (dossier.workflow.statut !== 'actif') return { ok: false, reasons: ['Seul un dossier actif peut être suspendu.'] };
  if (!motif.trim()) return { ok: false, reasons: ['Indiquez le motif de la suspension.'] };
  return {
    ok: true,
    dossier: withEvent(
      dossier,
      { date, type: 'suspension', etape: dossier.workflow.etape, motif: motif.trim(), auteur },
      { statut: 'suspendu' },
    ),
  };
}

export function resume(dossier: Dossier, date: string, motif: string, auteur: string): WorkflowResult {
  if (dossier.workflow.statut !== 'suspendu')
    return { ok: false, reasons: ['Seul un dossier suspendu peut être repris.'] };
  return {
    ok: true,
    dossier: withEvent(
      dossier,
      { date, type: 'reprise', etape: dossier.workflow.etape, motif: motif.trim(), auteur },
      { statut: 'actif' },
    ),
  };
}

export function abandon(dossier: Dossier, date: string, motif: string, auteur: string): WorkflowResult {
  if (dossier.workflow.statut === 'abandonne') return { ok: false, reasons: ['Le dossier est déjà abandonné.'] };
  if (!motif.trim()) return { ok: false, reasons: ['Indiquez le motif de l’abandon.'] };
  return {
    ok: true,
    dossier: withEvent(
      dossier,
      { date, type: 'abandon', etape: dossier.workflow.etape, motif: motif.trim(), auteur },
      { statut: 'abandonne' },
    ),
  };
}

/** The next thing to do on the dossier, as one French sentence. */
export function nextAction(dossier: Dossier, today: string): string {
  const { workflow } = dossier;
  if (workflow.statut === 'abandonne') return 'Dossier abandonné : rien à faire.';
  if (workflow.statut === 'suspendu')
    return 'Dossier suspendu : le reprendre quand le motif de la suspension est levé.';
  const next = STEPS[stepIndex(workflow.etape) + 1];
  if (workflow.etape === 'suivi') {
    const year = Number(today.slice(0, 4));
    const lastCopil = dossier.contrat.copil
      .map((c) => c.date)
      .sort()
      .at(-1);
    if (!lastCopil || lastCopil < `${year - 1}${today.slice(4)}`)
      return 'Réunir le comité de pilotage (au moins une fois par an).';
    if (!dossier.contrat.avenants.some((avenant) => avenant.annee === year))
      return `Préparer l’avenant financier ${year}.`;
    return 'Recevoir les bilans annuels et le bilan financier.';
  }
  if (!next) return 'Dossier clos.';
  const missing = missingForStep(dossier, next);
  if (missing.length) return missing[0]!;
  return `Passer à l’étape « ${STEP_LABELS[next]} ».`;
}
