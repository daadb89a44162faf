// One year of an action's budget: its amounts, its co-funders one by one (each with its own
// labelled remove button), and what to do with the year (add a co-funder, delete the year
// after confirmation).
import type { Action, Dossier } from '../../../../shared/dossier/dossier-schema';
import { fundingGap } from '../../../../shared/dossier/funding';
import { formatEuros } from '../../../../shared/format/money';
import type { Path } from '../../../../shared/sync/dossier-doc';
import { CofunderList } from '../fields/CofunderList';
import { FieldSet } from '../fields/FieldSet';
import { DeleteButton, InsertButton } from '../fields/ListButtons';
import { compte } from '../../../../shared/format/plural';

export function BudgetYearFields({
  dossier,
  action,
  actionPath,
  index,
  inForceHint,
}: {
  dossier: Dossier;
  action: Action;
  actionPath: Path;
  index: number;
  inForceHint: string | null;
}) {
  const budget = action.budgets[index];
  if (!budget) return null;
  const gap = fundingGap(budget);
  const budgetPath = [...actionPath, 'budgets', index];
  const { annee } = budget;
  return (
    <FieldSet
      dossier={dossier}
      legend={`Budget ${annee}`}
      fields={[
        { path: [...budgetPath, 'annee'], label: `Année (budget ${annee})`, kind: 'integer' },
        { path: [...budgetPath, 'coutTotal'], label: `Coût total ${annee}`, kind: 'amount' },
        { path: [...budgetPath, 'ctaiDemande'], label: `Montant CTAI demandé ${annee}`, kind: 'amount' },
        {
          path: [...budgetPath, 'ctaiAccorde'],
          label: `Montant CTAI accordé ${annee}`,
          kind: 'amount',
          nullable: true,
          hint: inForceHint ?? 'Vide tant que rien n’est accordé',
        },
      ]}
    >
      <CofunderList
        dossier={dossier}
        path={[...budgetPath, 'cofinanceurs']}
        context={String(annee)}
        historyWhere={`budget ${annee} de « ${action.intitule} »`}
      />
      {/* Right under the amounts it is about, apart from the buttons (app.css, .ctai-gap-message). */}
      <p className={`ctai-gap-message ${gap === 0 ? 'fr-text--sm' : 'fr-error-text'}`}>
        {gap === 0
          ? 'Le CTAI et les cofinanceurs couvrent exactement le coût total.'
          : gap > 0
            ? `Écart : ${formatEuros(gap)} du coût total ne sont pas financés.`
            : `Écart : le financement dépasse le coût total de ${formatEuros(-gap)}.`}
      </p>
      <div className="ctai-button-row">
        <InsertButton
          dossier={dossier}
          path={[...budgetPath, 'cofinanceurs']}
          value={{ nom: '', montant: Math.max(gap, 0) }}
          summary={`Cofinanceur ajouté (${annee})`}
          focusField="nom"
        >
          Ajouter un cofinanceur en {annee}
        </InsertButton>
        <DeleteButton
          dossier={dossier}
          path={[...actionPath, 'budgets']}
          index={index}
          summary={`Budget ${annee} supprimé`}
          confirm={{
            title: `Supprimer le budget ${annee} ?`,
            text: `Le budget ${annee} de l’action « ${action.intitule} » (coût total, montants CTAI et ${compte(budget.cofinanceurs.length, 'cofinanceur')}) sera retiré du dossier. Vous pourrez revenir en arrière avec le bouton « Annuler : … » en haut du dossier.`,
            confirmLabel: 'Supprimer le budget',
            keepLabel: 'Garder le budget',
          }}
        >
          Supprimer le budget {annee}…
        </DeleteButton>
      </div>
    </FieldSet>
  );
}
