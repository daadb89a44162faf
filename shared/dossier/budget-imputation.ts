// The budget imputation of the CTAI's credits, in one table: programme 104 « Intégration et accès
// à la nationalité française », action 12 (étrangers primo-arrivants en situation régulière) or
// action 15 (réfugiés) — the only two actions that fund the Territoires d'intégration (projet
// annuel de performances du programme 104, loi de finances). Another programme or action would
// print a title that is not its own: it is a blocking problem of the acts, never a default.
import type { DossierProblem } from './consistency';
import type { Dossier } from './dossier-schema';

export const CTAI_PROGRAMME = { numero: '104', libelle: 'Intégration et accès à la nationalité française' } as const;

/** The actions of programme 104 that fund the CTAI: code, title in the budget, choice in the État tab. */
export const CTAI_ACTIONS = [
  {
    code: '12',
    libelle: 'Actions d’accompagnement des étrangers en situation régulière',
    choix: '12 — Étrangers primo-arrivants en situation régulière',
  },
  { code: '15', libelle: 'Accompagnement des réfugiés', choix: '15 — Réfugiés' },
] as const;

export interface Imputation {
  programme: string;
  programmeLibelle: string;
  action: string;
  actionLibelle: string;
}

/**
 * The imputation the acts print, or null while the État tab's programme or action is not one of
 * the table's. An empty programme is 104 (the only one, written by every new dossier).
 */
export function imputationOf(dossier: Dossier): Imputation | null {
  const programme = dossier.etat.programme.trim() || CTAI_PROGRAMME.numero;
  const action = CTAI_ACTIONS.find((a) => a.code === dossier.etat.action.trim());
  if (programme !== CTAI_PROGRAMME.numero || !action) return null;
  return { programme, programmeLibelle: CTAI_PROGRAMME.libelle, action: action.code, actionLibelle: action.libelle };
}

/** The blocking problems of the imputation, each saying what to choose in the État tab. */
export function imputationProblems(dossier: Dossier): DossierProblem[] {
  const problems: DossierProblem[] = [];
  const programme = dossier.etat.programme.trim();
  if (programme && programme !== CTAI_PROGRAMME.numero)
    problems.push({
      code: 'imputation-programme',
      path: 'etat.programme',
      tab: 'etat',
      message: `Le programme budgétaire ${programme} ne finance pas les contrats territoriaux d’accueil et d’intégration : indiquez le programme ${CTAI_PROGRAMME.numero} « ${CTAI_PROGRAMME.libelle} » dans l’onglet État.`,
      blocking: true,
    });
  const action = dossier.etat.action.trim();
  if (!CTAI_ACTIONS.some((a) => a.code === action))
    problems.push({
      code: 'imputation-action',
      path: 'etat.action',
      tab: 'etat',
      message: `${action ? `L’action budgétaire ${action} ne finance pas les contrats territoriaux d’accueil et d’intégration` : 'L’action budgétaire n’est pas choisie'} : choisissez dans l’onglet État l’action ${CTAI_ACTIONS.map((a) => `${a.code} (${a.choix.slice(a.code.length + 3).toLowerCase()})`).join(' ou l’action ')} du programme ${CTAI_PROGRAMME.numero}.`,
      blocking: true,
    });
  return problems;
}

/**
 * The imputation a document prints: the dossier's, checked before any act is printed
 * (contractProblems); a draft (built only to find what the document holds) takes action 12.
 */
export function imputationForDocument(dossier: Dossier): Imputation {
  const first = CTAI_ACTIONS[0];
  return (
    imputationOf(dossier) ?? {
      programme: CTAI_PROGRAMME.numero,
      programmeLibelle: CTAI_PROGRAMME.libelle,
      action: first.code,
      actionLibelle: first.libelle,
    }
  );
}
