import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import {
  fundedActions,
  fundingGap,
  grantedAmounts,
  grandTotal,
  stateShare,
  totalsByYear,
  cofinancement,
} from '../../../../shared/dossier/funding';
import { formatEuros } from '../../../../shared/format/money';
import { isContractSigned } from '../../../../shared/dossier/signed-contract';
import { CommitmentTable } from '../CommitmentTable';
import { ProblemsAlert } from '../ProblemsAlert';

function percent(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
}

export function FinancementTab({ dossier }: { dossier: Dossier }) {
  const actions = fundedActions(dossier);
  const byYear = totalsByYear(dossier);
  const total = grandTotal(dossier);
  const granted = grantedAmounts(dossier);
  const signed = isContractSigned(dossier);
  if (actions.length === 0)
    return <p>Aucune action financée pour l’instant : ajoutez des actions dans l’onglet Actions.</p>;
  return (
    <>
      <ProblemsAlert
        dossier={dossier}
        tabs={['actions', 'financement']}
        title="Points à corriger dans le financement"
      />
      <CommitmentTable dossier={dossier} />
      {[...byYear.entries()].map(([annee, totals]) => (
        <div className="fr-table" key={annee}>
          <table>
            <caption>Financement {annee}</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Coût total</th>
                <th scope="col">CTAI demandé</th>
                <th scope="col">{signed ? 'CTAI accordé (en vigueur)' : 'CTAI accordé'}</th>
                <th scope="col">Cofinancements</th>
                <th scope="col">Écart</th>
              </tr>
            </thead>
            <tbody>
              {actions.flatMap((action) =>
                action.budgets
                  .filter((budget) => budget.annee === annee)
                  .map((budget) => {
                    const gap = fundingGap(budget);
                    return (
                      <tr key={`${action.id}-${annee}`}>
                        <th scope="row">{action.intitule}</th>
                        <td>{formatEuros(budget.coutTotal)}</td>
                        <td>{formatEuros(budget.ctaiDemande)}</td>
                        <td>{!signed && budget.ctaiAccorde === null ? '—' : formatEuros(granted(action, budget))}</td>
                        <td>{formatEuros(cofinancement(budget))}</td>
                        <td className={gap ? 'fr-error-text' : undefined}>
                          {gap ? `Écart de ${formatEuros(gap)}` : 'Aucun'}
                        </td>
                      </tr>
                    );
                  }),
              )}
              <tr>
                <th scope="row">Total {annee}</th>
                <td>{formatEuros(totals.coutTotal)}</td>
                <td>{formatEuros(totals.ctaiDemande)}</td>
                <td>{formatEuros(totals.ctaiAccorde)}</td>
                <td>{formatEuros(totals.cofinancement)}</td>
                <td>Part de l’État : {percent(stateShare(totals))}</td>
              </tr>
            </tbody>
          </table>
        </div>
      ))}
      <div className="fr-table">
        <table>
          <caption>Total du contrat, toutes années</caption>
          <thead>
            <tr>
              <th scope="col">Coût total</th>
              <th scope="col">CTAI demandé</th>
              <th scope="col">CTAI accordé</th>
              <th scope="col">Cofinancements</th>
              <th scope="col">Part de l’État (demandée)</th>
              <th scope="col">Part de l’État (accordée)</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{formatEuros(total.coutTotal)}</td>
              <td>{formatEuros(total.ctaiDemande)}</td>
              <td>{formatEuros(total.ctaiAccorde)}</td>
              <td>{formatEuros(total.cofinancement)}</td>
              <td>{percent(stateShare(total))}</td>
              <td>{percent(stateShare(total, 'accorde'))}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}
