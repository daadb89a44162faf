// The steps of a dossier: what must hold to reach each one, going back or suspending with a
// reason, and the next thing to do. Pure functions: they return a new dossier or a refusal.
import { COMPULSORY_AXE, AXE_LABELS } from './axes';
import { contractYears, signedAvenants, stateCommitment } from './commitment';
import { contractProblems, dossierProblems, type DossierProblem, type ProblemTab } from './consistency';
import type { Dossier, WorkflowEvent } from './dossier-schema';
import { bilanFor, financialStatementReceived, reportReceived } from './follow-up';
import { fundedActions } from './funding';
import { isContractSigned } from './signed-contract';
import { completeSignatories } from './signatories';
import { dateEnLettres } from '../format/dates';
import { dateInputProblem } from './schema-primitives';
import { formatEuros } from '../format/money';
import {
  FORME_LABELS,
  FORME_RULES,
  formeNoun,
  formeOf,
  formeStepLabel,
  nextStepOf,
  stepIndex,
  stepsOf,
  type Forme,
  type Step,
} from './workflow-steps';

/** A refusal's link to the field it is about (tab and dotted path). */
export interface ReasonLink {
  tab: ProblemTab;
  path: string;
}

/** A refusal about one of the change's own inputs (shown under that input, which gets the focus). */
export type WorkflowInput = 'date' | 'motif';

export type WorkflowResult =
  | { ok: true; dossier: Dossier }
  | { ok: false; reasons: string[]; links?: Readonly<Record<string, ReasonLink>>; input?: WorkflowInput };

/** The refusal of a change whose reason was left empty: `message` says which reason. */
function missingMotif(message: string): WorkflowResult {
  return { ok: false, reasons: [message], input: 'motif' };
}

/** What a step's conditions may need beyond the dossier. */
export interface StepContext {
  /** ISO date of today (a signature cannot be dated after it). */
  today?: string;
  /** Kinds of the documents generated for the dossier ('letter', 'contract'…). */
  documentKinds?: readonly string[];
}

interface Reasons {
  list: string[];
  links: Record<string, ReasonLink>;
}

function need(reasons: Reasons, message: string, tab?: ProblemTab, path?: string): void {
  reasons.list.push(message);
  if (tab) reasons.links[message] = { tab, path: path ?? '' };
}

function needProblems(reasons: Reasons, problems: readonly DossierProblem[]): void {
  for (const problem of problems) if (problem.blocking) need(reasons, problem.message, problem.tab, problem.path);
}

function stepReasons(dossier: Dossier, step: Step, context: StepContext): Reasons {
  const reasons: Reasons = { list: [], links: {} };
  const { collectivite, etat, diagnostic } = dossier;
  const rules = FORME_RULES[formeOf(dossier)];
  const today = context.today ?? new Date().toISOString().slice(0, 10);
  switch (step) {
    case 'lettre-intention':
      if (!collectivite.representant.nom)
        need(
          reasons,
          'Indiquez le représentant de la collectivité (onglet Collectivité).',
          'collectivite',
          'collectivite.representant.nom',
        );
      if (!dossier.workflow.lettreIntentionRecue && !context.documentKinds?.includes('letter'))
        need(
          reasons,
          'Générez la lettre d’intention (onglet Documents) ou indiquez la date à laquelle elle a été reçue (« Lettre d’intention reçue le », plus haut dans cet onglet).',
        );
      break;
    case 'echange':
      if (!etat.referent.nom)
        need(reasons, 'Indiquez l’agent référent de l’État (onglet État).', 'etat', 'etat.referent.nom');
      break;
    case 'diagnostic':
      if (diagnostic.publics.length === 0)
        need(
          reasons,
          'Ajoutez au moins une année de chiffres sur le public au diagnostic.',
          'diagnostic',
          'diagnostic.publics',
        );
      if (!diagnostic.axes.some((axe) => axe.axe === COMPULSORY_AXE && axe.constats.trim()))
        need(
          reasons,
          `Le diagnostic doit décrire les constats de l’axe « ${AXE_LABELS[COMPULSORY_AXE]} », obligatoire.`,
          'diagnostic',
          'diagnostic.axes',
        );
      needProblems(
        reasons,
        dossierProblems(dossier, today).filter((problem) => problem.code === 'public-figures-contradict'),
      );
      break;
    case 'proposition': {
      const actions = fundedActions(dossier);
      if (actions.length === 0) need(reasons, 'Ajoutez au moins une action.', 'actions', 'actions');
      if (rules.housingCompulsory && !actions.some((action) => action.axes.includes(COMPULSORY_AXE)))
        need(
          reasons,
          `Le contrat doit comporter au moins une action de l’axe « ${AXE_LABELS[COMPULSORY_AXE]} », obligatoire.`,
          'actions',
          'actions',
        );
      dossier.actions.forEach((action, a) => {
        if (action.statut === 'ecartee') return;
        if (!action.budgets.some((budget) => budget.ctaiDemande > 0))
          need(
            reasons,
            `Indiquez le montant CTAI demandé pour l’action « ${action.intitule} » (au moins une année).`,
            'actions',
            `actions.${a}.budgets`,
          );
      });
      needProblems(
        reasons,
        dossierProblems(dossier, today).filter((problem) => !problem.code.startsWith('amendment-')),
      );
      break;
    }
    case 'signature':
      for (const message of missingForSignature(dossier)) need(reasons, message, 'contrat', 'contrat.signature');
      needProblems(reasons, contractProblems(dossier, today));
      break;
    case 'suivi':
      break;
    case 'cloture':
      for (const message of missingForClosure(dossier)) need(reasons, message, 'contrat', 'contrat.bilans');
      break;
  }
  return reasons;
}

/** Why the dossier cannot reach `step` now (empty when it can). */
export function missingForStep(dossier: Dossier, step: Step, context: StepContext = {}): string[] {
  return stepReasons(dossier, step, context).list;
}

/**
 * A contract cannot be marked signed without its place, date and signatories of both parties;
 * signatories the dossier already names (État and Collectivité tabs) count as given.
 */
export function missingForSignature(dossier: Dossier): string[] {
  const { signature } = dossier.contrat;
  const signataires = completeSignatories(signature.signataires, dossier);
  const reasons: string[] = [];
  const { numero, anneeDebut, duree } = dossier.contrat;
  const { acte, fixedDuration } = FORME_RULES[formeOf(dossier)];
  if (!numero.trim()) reasons.push(`Indiquez le numéro ${acte.du} (onglet Contrat).`);
  if (anneeDebut === null)
    reasons.push(
      fixedDuration === 1
        ? `Indiquez l’année ${acte.du} (onglet Contrat, « Première année »).`
        : `Indiquez la première année ${acte.du} (onglet Contrat).`,
    );
  if (duree === null) reasons.push(`Indiquez la durée ${acte.du} (onglet Contrat).`);
  else if (fixedDuration !== null && duree !== fixedDuration)
    reasons.push(
      `Un projet territorial est financé pour ${fixedDuration === 1 ? 'un an' : `${fixedDuration} ans`} : indiquez une durée de ${fixedDuration} an (onglet Contrat), ou passez le dossier en contrat (CTAI).`,
    );
  if (!signature.lieu.trim()) reasons.push(`Indiquez le lieu de signature ${acte.du} (onglet Contrat).`);
  if (!signature.date) reasons.push(`Indiquez la date de signature ${acte.du} (onglet Contrat).`);
  if (!signataires.some((s) => s.partie === 'etat'))
    reasons.push('Indiquez le signataire pour l’État (onglet État : nom du signataire).');
  if (!signataires.some((s) => s.partie === 'collectivite'))
    reasons.push('Indiquez le signataire pour la collectivité (onglet Collectivité : représentant).');
  return reasons;
}

/** A contract is closed once every year's report and financial statement have been received. */
export function missingForClosure(dossier: Dossier): string[] {
  return contractYears(dossier)
    .filter(
      (annee) => !(reportReceived(bilanFor(dossier, annee)) && financialStatementReceived(bilanFor(dossier, annee))),
    )
    .map(
      (annee) =>
        `Enregistrez la réception du bilan et du compte rendu financier ${annee} (onglet Suivi) avant de clore le dossier.`,
    );
}

/** The refusal of a change's date, said under the date field, or null (dateInputProblem's rule). */
function dateRefusal(date: string): WorkflowResult | null {
  const problem = dateInputProblem(date);
  return problem ? { ok: false, reasons: [`La date ${problem}.`], input: 'date' } : null;
}

/** The most characters an event's reason keeps (the schema's `motif`). */
export const MOTIF_MAX = 1000;

/**
 * The dossier with `event` recorded and `changes` made, or the refusal of the change's own inputs:
 * its date (a day of the calendar, FIRST_YEAR–LAST_YEAR: a CTAI event before 2019 is a typing
 * slip, « 0026 » for « 2026 ») and its reason (at most MOTIF_MAX characters, with what the change
 * adds to it). Every change of step or status goes through here, so none is saved with a value the
 * dossier's schema would refuse with no field to show it under.
 */
function withEvent(
  dossier: Dossier,
  event: WorkflowEvent,
  changes: Partial<Dossier['workflow']>,
  typedMotif = event.motif,
): WorkflowResult {
  const refusedDate = dateRefusal(event.date);
  if (refusedDate) return refusedDate;
  if (event.motif.length > MOTIF_MAX) {
    const allowed = MOTIF_MAX - (event.motif.length - typedMotif.length);
    return {
      ok: false,
      reasons: [
        `Le motif compte ${typedMotif.length.toLocaleString('fr-FR')} caractères : raccourcissez-le à ${allowed.toLocaleString('fr-FR')} au plus.`,
      ],
      input: 'motif',
    };
  }
  return {
    ok: true,
    dossier: {
      ...dossier,
      workflow: { ...dossier.workflow, ...changes, evenements: [...dossier.workflow.evenements, event] },
    },
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
export function advance(
  dossier: Dossier,
  target: Step,
  date: string,
  auteur: string,
  context: StepContext = {},
): WorkflowResult {
  const inactive = refuseIfInactive(dossier);
  if (inactive.length) return { ok: false, reasons: inactive };
  const forme = formeOf(dossier);
  const expected = nextStepOf(forme, dossier.workflow.etape);
  if (target !== expected) {
    return {
      ok: false,
      reasons: [
        expected
          ? `Les étapes se franchissent dans l’ordre : la prochaine est « ${formeStepLabel(forme, expected)} ».`
          : 'Le dossier est clos : il n’y a plus d’étape à franchir.',
      ],
    };
  }
  // Before comparing it with the previous step's: an empty date would read as « before ».
  const refusedDate = dateRefusal(date);
  if (refusedDate) return refusedDate;
  const previousDate = dossier.workflow.etape ? dossier.workflow.dates[dossier.workflow.etape] : undefined;
  const reasons = stepReasons(dossier, target, context);
  if (previousDate && date < previousDate)
    need(reasons, `La date ne peut pas précéder celle de l’étape précédente (${dateEnLettres(previousDate)}).`);
  if (reasons.list.length)
    return {
      ok: false,
      reasons: reasons.list,
      ...(Object.keys(reasons.links).length ? { links: reasons.links } : {}),
    };
  // The signatories the dossier names, with their arrêté de délégation, and the délibération that
  // authorised the signature are recorded with it: the signed act keeps citing them.
  const { deliberation } = dossier.collectivite;
  const signed: Dossier =
    target === 'signature'
      ? {
          ...dossier,
          contrat: {
            ...dossier.contrat,
            signature: {
              ...dossier.contrat.signature,
              signataires: completeSignatories(dossier.contrat.signature.signataires, dossier),
              deliberation: { numero: deliberation.numero, date: deliberation.date },
            },
          },
        }
      : dossier;
  return withEvent(
    signed,
    { date, type: 'avance', etape: target, motif: '', auteur },
    { etape: target, dates: { ...dossier.workflow.dates, [target]: date } },
  );
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
  if (isContractSigned(dossier))
    return {
      ok: false,
      reasons: [
        'Le contrat est signé : le dossier ne revient pas à une étape antérieure. Pour corriger le contrat, utilisez « Annuler la signature » en indiquant le motif ; pour changer ses montants, préparez un avenant.',
      ],
    };
  if (!motif.trim()) return missingMotif('Indiquez le motif du retour à une étape précédente.');
  const current = stepIndex(dossier.workflow.etape);
  const wanted = stepIndex(target);
  if (wanted >= current || (target !== null && !stepsOf(formeOf(dossier)).includes(target)))
    return { ok: false, reasons: ['Choisissez une étape antérieure à l’étape actuelle.'] };
  const dates = Object.fromEntries(
    Object.entries(dossier.workflow.dates).filter(([step]) => stepIndex(step as Step) <= wanted),
  );
  return withEvent(
    dossier,
    { date, type: 'retour', etape: target, motif: motif.trim(), auteur },
    { etape: target, dates },
  );
}

/**
 * Cancels the contract's signature (signed by mistake, with the wrong figures…): the only way
 * back from a signed dossier. The reason is required; the signature cancelled (place, date,
 * signatories) is kept in the event, the dossier returns to « Proposition » and its amounts can
 * be changed again. The change travels with the dossier like any other.
 */
export function cancelSignature(dossier: Dossier, date: string, motif: string, auteur: string): WorkflowResult {
  const inactive = refuseIfInactive(dossier);
  if (inactive.length) return { ok: false, reasons: inactive };
  if (!isContractSigned(dossier))
    return { ok: false, reasons: ['Le contrat n’est pas signé : il n’y a pas de signature à annuler.'] };
  if (!motif.trim()) return missingMotif('Indiquez le motif de l’annulation de la signature.');
  const { signature } = dossier.contrat;
  const signedBy = signature.signataires.map((s) => `${s.nom} (${s.qualite})`).join(', ');
  const kept = `signature du ${signature.date ? dateEnLettres(signature.date) : 'date non indiquée'} à ${signature.lieu || 'lieu non indiqué'}${signedBy ? ` par ${signedBy}` : ''}`;
  const dates = Object.fromEntries(
    Object.entries(dossier.workflow.dates).filter(([step]) => stepIndex(step as Step) <= stepIndex('proposition')),
  );
  return withEvent(
    { ...dossier, contrat: { ...dossier.contrat, signature: { ...signature, date: '' } } },
    { date, type: 'annulation-signature', etape: 'proposition', motif: `${motif.trim()} — ${kept} annulée`, auteur },
    { etape: 'proposition', dates },
    motif.trim(),
  );
}

export function suspend(dossier: Dossier, date: string, motif: string, auteur: string): WorkflowResult {
  if (dossier.workflow.statut !== 'actif') return { ok: false, reasons: ['Seul un dossier actif peut être suspendu.'] };
  if (!motif.trim()) return missingMotif('Indiquez le motif de la suspension.');
  return withEvent(
    dossier,
    { date, type: 'suspension', etape: dossier.workflow.etape, motif: motif.trim(), auteur },
    { statut: 'suspendu' },
  );
}

export function resume(dossier: Dossier, date: string, motif: string, auteur: string): WorkflowResult {
  if (dossier.workflow.statut !== 'suspendu')
    return { ok: false, reasons: ['Seul un dossier suspendu peut être repris.'] };
  return withEvent(
    dossier,
    { date, type: 'reprise', etape: dossier.workflow.etape, motif: motif.trim(), auteur },
    { statut: 'actif' },
  );
}

export function abandon(dossier: Dossier, date: string, motif: string, auteur: string): WorkflowResult {
  if (dossier.workflow.statut === 'abandonne') return { ok: false, reasons: ['Le dossier est déjà abandonné.'] };
  if (!motif.trim()) return missingMotif('Indiquez le motif de l’abandon.');
  return withEvent(
    dossier,
    { date, type: 'abandon', etape: dossier.workflow.etape, motif: motif.trim(), auteur },
    { statut: 'abandonne' },
  );
}

/** The next thing to do on the dossier, as one French sentence. */
export function nextAction(dossier: Dossier, today: string): string {
  const { workflow } = dossier;
  if (workflow.statut === 'abandonne') return 'Dossier abandonné : rien à faire.';
  if (workflow.statut === 'suspendu')
    return 'Dossier suspendu : le reprendre quand le motif de la suspension est levé.';
  const forme = formeOf(dossier);
  const next = nextStepOf(forme, workflow.etape);
  if (workflow.etape === 'suivi') {
    const year = Number(today.slice(0, 4));
    const lastCopil = dossier.contrat.copil
      .map((c) => c.date)
      .sort()
      .at(-1);
    if (FORME_RULES[forme].copilYearly && (!lastCopil || lastCopil < `${year - 1}${today.slice(4)}`))
      return 'Réunir le comité de pilotage (au moins une fois par an).';
    const years = contractYears(dossier);
    if (years.includes(year) && year !== years[0] && !signedAvenants(dossier).some((avenant) => avenant.annee === year))
      return `Préparer l’avenant financier ${year}.`;
    return 'Recevoir les bilans annuels et le bilan financier.';
  }
  if (!next) return 'Dossier clos.';
  const missing = missingForStep(dossier, next);
  if (missing.length) return missing[0]!;
  return `Passer à l’étape « ${formeStepLabel(forme, next)} ».`;
}

/**
 * The form the dossier had at each of its events, in their order: its form now after the last
 * change of form, the other one before it, and so on back (there are two forms, each change
 * goes from one to the other). So the journal names each step as the form then named it.
 */
export function eventFormes(dossier: Pick<Dossier, 'forme' | 'workflow'>): Forme[] {
  let forme = formeOf(dossier);
  const formes: Forme[] = [];
  for (let i = dossier.workflow.evenements.length - 1; i >= 0; i--) {
    formes[i] = forme;
    if (dossier.workflow.evenements[i]!.type === 'changement-forme') forme = forme === 'ctai' ? 'ptai' : 'ctai';
  }
  return formes;
}

/**
 * Where a dossier stands in `forme`'s steps: the last of them reached without a gap (each earlier
 * one dated), never beyond the step it stands at now. A PTAI at « Proposition » becoming a CTAI
 * stands at « Échange »: the contract's shared diagnosis was never made.
 */
function stepInForme(dossier: Dossier, forme: Forme): Step | null {
  const current = stepIndex(dossier.workflow.etape);
  let reached: Step | null = null;
  for (const step of stepsOf(forme)) {
    if (stepIndex(step) > current || !dossier.workflow.dates[step]) break;
    reached = step;
  }
  return reached;
}

function keptDates(dossier: Dossier, forme: Forme, etape: Step | null): Dossier['workflow']['dates'] {
  const steps = stepsOf(forme);
  return Object.fromEntries(
    Object.entries(dossier.workflow.dates).filter(
      ([step]) => steps.includes(step as Step) && stepIndex(step as Step) <= stepIndex(etape),
    ),
  );
}

/**
 * Changes the dossier's form (contract ⇄ projet territorial) before its act is signed; the reason
 * is required and kept with who and when in the dossier's events. The dossier then stands at the
 * last step of the new form it had reached (stepInForme); a PTAI's convention is for one year.
 * Refused once signed: a PTAI whose decision is taken becomes a CTAI by `convertToCtai`.
 */
export function changeForme(
  dossier: Dossier,
  forme: Forme,
  date: string,
  motif: string,
  auteur: string,
): WorkflowResult {
  const inactive = refuseIfInactive(dossier);
  if (inactive.length) return { ok: false, reasons: inactive };
  const from = formeOf(dossier);
  if (from === forme) return { ok: false, reasons: [`Le dossier est déjà un ${formeNoun(forme)}.`] };
  if (isContractSigned(dossier))
    return {
      ok: false,
      reasons: [
        from === 'ptai'
          ? 'La convention du projet territorial est signée : sa forme ne change plus. Pour en faire un contrat, utilisez « Transformer en contrat (CTAI) » en indiquant le motif.'
          : 'Le contrat est signé : sa forme ne change plus. Pour revenir avant la signature, utilisez « Annuler la signature » en indiquant le motif.',
      ],
    };
  if (!motif.trim()) return missingMotif('Indiquez le motif du changement de forme.');
  const etape = stepInForme(dossier, forme);
  const duree = FORME_RULES[forme].fixedDuration ?? dossier.contrat.duree;
  // A duration typed for the contract that the project's one year replaces is said, not lost silently.
  const before = dossier.contrat.duree;
  const shortened = before !== null && before !== duree ? ` ; durée de ${before} ans ramenée à ${duree} an` : '';
  return withEvent(
    { ...dossier, forme, contrat: { ...dossier.contrat, duree } },
    {
      date,
      type: 'changement-forme',
      etape,
      motif: `${motif.trim()} — ${FORME_LABELS[from]} devenu ${formeNoun(forme)}${shortened}`,
      auteur,
    },
    { etape, dates: keptDates(dossier, forme, etape) },
    motif.trim(),
  );
}

/**
 * Turns a projet territorial whose decision is taken (convention signed) into a contract, keeping
 * its history: the events, the dates of the letter and the exchange, the actions with the amounts
 * the convention granted, its payments, report and documents; the convention's number, year,
 * signature and amount are kept in `contrat.conventionPtai` and said in the event. The contract
 * starts at « Échange » (a CTAI needs its shared diagnosis) for the year after the convention's,
 * with its own number, duration and signature to come. The reason is required.
 */
export function convertToCtai(dossier: Dossier, date: string, motif: string, auteur: string): WorkflowResult {
  const inactive = refuseIfInactive(dossier);
  if (inactive.length) return { ok: false, reasons: inactive };
  if (formeOf(dossier) !== 'ptai') return { ok: false, reasons: ['Le dossier est déjà un contrat (CTAI).'] };
  if (!isContractSigned(dossier))
    return {
      ok: false,
      reasons: [
        'La décision du projet territorial n’est pas encore prise : avant la signature de la convention, changez la forme du dossier (« Changer de forme ») en indiquant le motif.',
      ],
    };
  if (!motif.trim()) return missingMotif('Indiquez le motif de la transformation en contrat.');
  const { contrat } = dossier;
  const annee = contrat.anneeDebut ?? Number((contrat.signature.date || date).slice(0, 4));
  const montant = stateCommitment(dossier, annee).total;
  const convention = {
    numero: contrat.numero,
    annee,
    date: contrat.signature.date,
    lieu: contrat.signature.lieu,
    montant,
  };
  const kept = `convention attributive de subvention${convention.numero ? ` n° ${convention.numero}` : ''} pour ${annee}, signée ${convention.date ? `le ${dateEnLettres(convention.date)}` : ''}${convention.lieu ? ` à ${convention.lieu}` : ''} (${formatEuros(montant)}), conservée`;
  // The contract starts again after the exchange: its diagnosis, proposal and signature are its
  // own (whatever dates a PTAI carried for them), and until then nothing of it is signed.
  const reached = stepInForme(dossier, 'ctai');
  const etape = stepIndex(reached) > stepIndex('echange') ? 'echange' : reached;
  return withEvent(
    {
      ...dossier,
      forme: 'ctai',
      contrat: {
        ...contrat,
        numero: '',
        anneeDebut: annee + 1,
        duree: null,
        signature: { lieu: '', date: '', signataires: [] },
        conventionPtai: convention,
      },
    },
    {
      date,
      type: 'changement-forme',
      etape,
      motif: `${motif.trim()} — projet territorial (PTAI) devenu contrat (CTAI) ; ${kept.replace(/\s+/g, ' ')}`,
      auteur,
    },
    { etape, dates: keptDates(dossier, 'ctai', etape) },
    motif.trim(),
  );
}
