// The CSV of actions and funding for the préfecture's reporting: one line per action and year,
// semicolon-separated with decimal commas, as French spreadsheets expect.
import { csvCell as cell } from '../format/csv-cell';
import { AXE_LABELS } from './axes';
import { COLLECTIVITE_TYPE_LABELS } from './collectivite-type';
import type { Dossier } from './dossier-schema';
import { actLabel, stateCommitment } from './commitment';
import { officialCode } from './dossier-figures';
import { cofinancement } from './funding';
import { isContractSigned } from './signed-contract';
import { DOSSIER_STATUS_LABELS, FORME_LABELS, formeOf, formeStepLabel } from './workflow-steps';
import { ACTION_STATUS_LABELS } from './action-status';
import { fieldName } from './field-labels';

/** A column holding a field of the dossier is named by the schema's label (field-labels.ts), amounts with their unit. */
const inEuros = (path: (string | number)[]) => `${fieldName(path)} (€)`;
const BUDGET = ['actions', 0, 'budgets', 0];

const HEADER = [
  fieldName(['collectivite', 'nom']),
  fieldName(['collectivite', 'type']),
  fieldName(['forme']),
  fieldName(['numero']),
  'Code INSEE ou SIREN',
  fieldName(['collectivite', 'departement', 'nom']),
  fieldName(['workflow', 'etape']),
  fieldName(['workflow', 'statut']),
  fieldName(['actions', 0, 'intitule']),
  fieldName(['actions', 0, 'axes']),
  fieldName(['actions', 0, 'porteur', 'nom']),
  fieldName(['actions', 0, 'statut']),
  fieldName(['actions', 0, 'beneficiaires']),
  fieldName([...BUDGET, 'annee']),
  inEuros([...BUDGET, 'coutTotal']),
  inEuros([...BUDGET, 'ctaiDemande']),
  inEuros([...BUDGET, 'ctaiAccorde']),
  'Engagement de l’État en vigueur (€)',
  'Acte',
  'Cofinancements (€)',
];

function euros(cents: number | null): string {
  return cents === null ? '' : (cents / 100).toFixed(2).replace('.', ',');
}

/** The amount in force for the action and year, and the act that sets it, once the contract is signed. */
function inForce(dossier: Dossier, actionId: string, annee: number): string[] {
  if (!isContractSigned(dossier)) return ['', ''];
  const commitment = stateCommitment(dossier, annee);
  const line = commitment.lines.find((l) => l.actionId === actionId);
  // A cell begins with a capital, as a spreadsheet's column of labels does (« Avenant n° 1 »).
  const act = actLabel(commitment.act);
  return [euros(line?.montant ?? 0), act.charAt(0).toUpperCase() + act.slice(1)];
}

export function actionsCsv(dossiers: readonly Dossier[]): string {
  const lines = [HEADER.map(cell).join(';')];
  for (const dossier of dossiers) {
    const { collectivite, workflow } = dossier;
    for (const action of dossier.actions) {
      for (const budget of action.budgets) {
        lines.push(
          [
            collectivite.nom,
            COLLECTIVITE_TYPE_LABELS[collectivite.type],
            FORME_LABELS[formeOf(dossier)],
            dossier.numero ?? '',
            officialCode(dossier),
            collectivite.departement.nom,
            formeStepLabel(formeOf(dossier), workflow.etape),
            DOSSIER_STATUS_LABELS[workflow.statut],
            action.intitule,
            action.axes.map((axe) => AXE_LABELS[axe]).join(', '),
            action.porteur.nom,
            ACTION_STATUS_LABELS[action.statut],
            action.beneficiaires,
            budget.annee,
            euros(budget.coutTotal),
            euros(budget.ctaiDemande),
            euros(budget.ctaiAccorde),
            ...inForce(dossier, action.id, budget.annee),
            euros(cofinancement(budget)),
          ]
            .map(cell)
            .join(';'),
        );
      }
    }
  }
  // The byte-order mark makes spreadsheets read the file as UTF-8.
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
