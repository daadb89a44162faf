// The five steps of a dossier, then its follow-up, in the order they are reached.
export const STEPS = [
  'lettre-intention',
  'echange',
  'diagnostic',
  'proposition',
  'signature',
  'suivi',
  'cloture',
] as const;

export type Step = (typeof STEPS)[number];

export const STEP_LABELS: Record<Step, string> = {
  'lettre-intention': 'Lettre d’intention',
  echange: 'Échange avec la préfecture',
  diagnostic: 'Diagnostic partagé',
  proposition: 'Proposition et demande de financement',
  signature: 'Validation et signature',
  suivi: 'Suivi (avenants et bilans)',
  cloture: 'Clôture',
};

export const BEFORE_FIRST_STEP_LABEL = 'Avant la lettre d’intention';

/** The step's label, or "Avant la lettre d’intention" for a dossier that has reached none. */
export function stepLabel(step: Step | null): string {
  return step ? STEP_LABELS[step] : BEFORE_FIRST_STEP_LABEL;
}

export const DOSSIER_STATUSES = ['actif', 'suspendu', 'abandonne'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  actif: 'Actif',
  suspendu: 'Suspendu',
  abandonne: 'Abandonné',
};

/** What can happen to a dossier's journey, each recorded as an event (workflow.ts). */
export const EVENT_TYPES = [
  'avance',
  'retour',
  'suspension',
  'reprise',
  'abandon',
  'annulation-signature',
  'changement-forme',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  avance: 'Étape atteinte',
  retour: 'Retour à une étape antérieure',
  suspension: 'Suspension',
  reprise: 'Reprise',
  abandon: 'Abandon',
  'annulation-signature': 'Signature annulée',
  'changement-forme': 'Changement de forme',
};

export function stepIndex(step: Step | null): number {
  return step === null ? -1 : STEPS.indexOf(step);
}

/**
 * The two forms of a Territoire d'intégration (domain.md, « Contracts and projects »): a contract
 * (CTAI) with a large territory, or a projet territorial (PTAI) with a smaller collectivité, a
 * one-year engagement funded by a convention attributive de subvention. A dossier written before
 * the form existed is a CTAI.
 */
export const FORMES = ['ctai', 'ptai'] as const;
export type Forme = (typeof FORMES)[number];

export const FORME_LABELS: Record<Forme, string> = {
  ctai: 'Contrat (CTAI)',
  ptai: 'Projet territorial (PTAI)',
};

/** The form in running French, after an article: « contrat (CTAI) », « projet territorial (PTAI) ». */
export function formeNoun(forme: Forme): string {
  const label = FORME_LABELS[forme];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** What each form's steps are and how its act is named: the workflow reads this, not if/else. */
export interface FormeRules {
  /** The steps the form goes through, in order (a subsequence of STEPS). */
  steps: readonly Step[];
  /** Labels of the steps that the form names differently from the contract's. */
  labels: Partial<Record<Step, string>>;
  /** The act signed at the step « signature », in running French: « le contrat », « la convention ». */
  acte: { le: string; du: string; nom: string };
  /** Whether the actions must include the compulsory housing axis (a contract's rule). */
  housingCompulsory: boolean;
  /** The only duration the act may have, in years (a PTAI is one year); null for any. */
  fixedDuration: number | null;
  /** Whether a steering committee meets each year (the contract's governance clause). */
  copilYearly: boolean;
}

export const FORME_RULES: Record<Forme, FormeRules> = {
  ctai: {
    steps: STEPS,
    labels: {},
    acte: { le: 'le contrat', du: 'du contrat', nom: 'contrat' },
    housingCompulsory: true,
    fixedDuration: null,
    copilYearly: true,
  },
  ptai: {
    // Letter, exchange, project with its funding request, decision (no shared diagnosis).
    steps: ['lettre-intention', 'echange', 'proposition', 'signature', 'suivi', 'cloture'],
    labels: {
      proposition: 'Projet et demande de subvention',
      signature: 'Décision et convention de subvention',
      suivi: 'Suivi (bilan et compte rendu financier)',
    },
    acte: { le: 'la convention', du: 'de la convention', nom: 'convention' },
    housingCompulsory: false,
    fixedDuration: 1,
    copilYearly: false,
  },
};

/** The form of a dossier, CTAI for one written before the form existed. */
export function formeOf(dossier: { forme?: Forme | undefined }): Forme {
  return dossier.forme ?? 'ctai';
}

/** The steps of a form, in order. */
export function stepsOf(forme: Forme): readonly Step[] {
  return FORME_RULES[forme].steps;
}

/** A step's label as the form names it (« Décision et convention de subvention » for a PTAI). */
export function formeStepLabel(forme: Forme, step: Step | null): string {
  return step ? (FORME_RULES[forme].labels[step] ?? STEP_LABELS[step]) : BEFORE_FIRST_STEP_LABEL;
}

/** The step after `step` in the form's order (undefined after the last). */
export function nextStepOf(forme: Forme, step: Step | null): Step | undefined {
  const steps = stepsOf(forme);
  if (step === null) return steps[0];
  const index = steps.indexOf(step);
  // A step the form does not have (left by an older form): the next of the form after it.
  return index >= 0 ? steps[index + 1] : steps.find((s) => stepIndex(s) > stepIndex(step));
}
