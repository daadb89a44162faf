// Once the contract is signed, the amounts it grants change only through a financial amendment:
// edits of the granted amounts or of the contract's yearly amounts are refused.
import type { Dossier } from './dossier-schema';
import type { ValidationProblem } from './validation';
import { stepIndex } from './workflow-steps';

export function isContractSigned(dossier: Dossier): boolean {
  return stepIndex(dossier.workflow.etape) >= stepIndex('signature');
}

function grantedAmounts(dossier: Dossier): string {
  return JSON.stringify({
    granted: dossier.actions.map((action) => [
      action.id,
      action.statut === 'ecartee',
      action.budgets.map((b) => [b.annee, b.ctaiAccorde]),
    ]),
    yearly: dossier.contrat.montantsAnnuels,
  });
}

export function signedFundingProblems(before: Dossier, after: Dossier): ValidationProblem[] {
  if (!isContractSigned(before) || !isContractSigned(after)) return [];
  if (grantedAmounts(before) === grantedAmounts(after)) return [];
  return [
    {
      path: ['contrat', 'montantsAnnuels'],
      message:
        'Le contrat est signé : les montants accordés ne se modifient plus ici. Préparez un avenant financier (onglet Documents), ou revenez à une étape antérieure avec un motif.',
    },
  ];
}
