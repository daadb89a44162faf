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

export function stepIndex(step: Step | null): number {
  return step === null ? -1 : STEPS.indexOf(step);
}
