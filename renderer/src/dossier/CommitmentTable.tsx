// What the State owes each year, by which act, what is due, paid and left to pay: the one
// financial model (shared/dossier/commitment.ts), as the Contrat and Financement tabs show it.
import { actLabel, paymentsSituation } from '../../../shared/dossier/commitment';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { dateEnLettres } from '../../../shared/format/dates';
import { formatEuros } from '../../../shared/format/money';

/** What the State owes each year, by which act, what is due, paid and left: the one financial model. */
export function CommitmentTable({ dossier }: { dossier: Dossier }) {
  const situation = paymentsSituation(dossier);
  if (situation.years.length === 0)
    return (
      <p>
        Les montants de l’État se calculent à partir des montants accordés aux actions retenues (onglet Actions), pour
        les années du contrat (première année et durée, ci-dessus).
      </p>
    );
  const due = (year: (typeof situation.years)[number], nature: 'avance' | 'solde') => {
    const payment = year.schedule.find((p) => p.nature === nature)!;
    return `${formatEuros(payment.montant)} ${payment.echeance ? `le ${dateEnLettres(payment.echeance)}` : payment.condition}`;
  };
  return (
    <div className="fr-table">
      <table>
        <caption>
          Montants de l’État par année (calculés à partir des actions, du contrat et des avenants signés)
        </caption>
        <thead>
          <tr>
            <th scope="col">Année</th>
            <th scope="col">Acte</th>
            <th scope="col">Montant</th>
            <th scope="col">Avance</th>
            <th scope="col">Solde</th>
            <th scope="col">Versé</th>
            <th scope="col">Reste à verser</th>
          </tr>
        </thead>
        <tbody>
          {situation.years.map((year) => (
            <tr key={year.commitment.annee}>
              <th scope="row">{year.commitment.annee}</th>
              <td>{actLabel(year.commitment.act)}</td>
              <td>{formatEuros(year.commitment.total)}</td>
              <td>{due(year, 'avance')}</td>
              <td>{due(year, 'solde')}</td>
              <td>{formatEuros(year.paid)}</td>
              <td>{formatEuros(year.remaining)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Total</th>
            <td />
            <td>{formatEuros(situation.committed)}</td>
            <td />
            <td />
            <td>{formatEuros(situation.paid)}</td>
            <td>{formatEuros(situation.remaining)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
