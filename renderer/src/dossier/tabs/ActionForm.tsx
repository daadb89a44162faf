// The form of one action: its description, its yearly budget with co-funders, its indicators.
import { ACTION_STATUS_LABELS } from '../../../../shared/dossier/action-status';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { AXES, AXE_LABELS } from '../../../../shared/dossier/axes';
import { actLabel, stateCommitment } from '../../../../shared/dossier/commitment';
import {
  ACTION_STATUSES,
  type Action,
  type BudgetAnnuel,
  type Dossier,
} from '../../../../shared/dossier/dossier-schema';
import { isContractSigned } from '../../../../shared/dossier/signed-contract';
import { formatEuros } from '../../../../shared/format/money';
import { FieldSet } from '../fields/FieldSet';
import { DeleteButton, InsertButton } from '../fields/ListButtons';
import { saveEdits } from '../save-dossier';
import { BudgetYearFields } from './BudgetYearFields';

export { ACTION_STATUS_LABELS };

/** Once an avenant sets the year, the contract's figure is no longer the one in force: say which is. */
function inForceHint(dossier: Dossier, action: Action, annee: number): string | null {
  if (!isContractSigned(dossier)) return null;
  const commitment = stateCommitment(dossier, annee);
  if (commitment.act.kind === 'contrat') return null;
  const line = commitment.lines.find((l) => l.actionId === action.id);
  return `Montant du contrat ; en vigueur : ${line ? formatEuros(line.montant) : 'retirée'} (${actLabel(commitment.act)})`;
}

/** The one confirmation of a budget year's deletion (a DSFR modal is declared once, outside components). */

/**
 * A new year copied from `previous`: its amounts and co-funders, the State's granted amount left
 * empty (nothing is granted for a year before its act).
 */
function copiedYear(previous: BudgetAnnuel, annee: number): BudgetAnnuel {
  return {
    annee,
    coutTotal: previous.coutTotal,
    ctaiDemande: previous.ctaiDemande,
    ctaiAccorde: null,
    cofinanceurs: previous.cofinanceurs.map((c) => ({ ...c })),
  };
}

export function ActionForm({ dossier, index }: { dossier: Dossier; index: number }) {
  const action = dossier.actions[index];
  if (!action) return null;
  const base = ['actions', index];
  const lastYear = action.budgets.length
    ? Math.max(...action.budgets.map((b) => b.annee))
    : (dossier.contrat.anneeDebut ?? new Date().getFullYear()) - 1;
  const previous = action.budgets.find((b) => b.annee === lastYear);
  return (
    <section aria-labelledby={`action-${action.id}`} className="fr-mt-4w">
      <h2 id={`action-${action.id}`} className="fr-h4">
        {action.intitule}
      </h2>
      <FieldSet
        dossier={dossier}
        legend="Description de l’action"
        fields={[
          { path: [...base, 'intitule'], label: 'Intitulé de l’action' },
          {
            path: [...base, 'statut'],
            label: 'Statut de l’action',
            options: ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value] })),
          },
          { path: [...base, 'publicCible'], label: 'Public cible' },
          { path: [...base, 'beneficiaires'], label: 'Nombre de bénéficiaires', kind: 'integer' },
          { path: [...base, 'dateDebut'], label: 'Date de début', kind: 'date' },
          { path: [...base, 'dateFin'], label: 'Date de fin', kind: 'date' },
          { path: [...base, 'objectifs'], label: 'Objectifs', kind: 'longtext' },
          { path: [...base, 'description'], label: 'Description', kind: 'longtext' },
        ]}
      />
      <fieldset className="fr-fieldset fr-mb-4w">
        <legend className="fr-fieldset__legend fr-h5">Axes de l’action</legend>
        <Checkbox
          small
          options={AXES.map((axe) => ({
            label: AXE_LABELS[axe],
            nativeInputProps: {
              checked: action.axes.includes(axe),
              onChange: () => {
                const axes = action.axes.includes(axe) ? action.axes.filter((a) => a !== axe) : [...action.axes, axe];
                void saveEdits(dossier, [{ op: 'set', path: [...base, 'axes'], value: axes }], 'Axes de l’action');
              },
            },
          }))}
        />
      </fieldset>
      <FieldSet
        dossier={dossier}
        legend="Porteur de l’action"
        fields={[
          { path: [...base, 'porteur', 'nom'], label: 'Nom du porteur' },
          { path: [...base, 'porteur', 'formeJuridique'], label: 'Forme juridique' },
          { path: [...base, 'porteur', 'siret'], label: 'SIRET', hint: '14 chiffres' },
          { path: [...base, 'porteur', 'rna'], label: 'Numéro RNA', hint: 'W suivi de 9 chiffres' },
        ]}
      />
      {action.budgets.map((budget, b) => (
        <BudgetYearFields
          key={`${budget.annee}-${b}`}
          dossier={dossier}
          action={action}
          actionPath={base}
          index={b}
          inForceHint={inForceHint(dossier, action, budget.annee)}
        />
      ))}
      <div className="ctai-button-row">
        <InsertButton
          dossier={dossier}
          path={[...base, 'budgets']}
          value={{ annee: lastYear + 1, coutTotal: 0, ctaiDemande: 0, ctaiAccorde: null, cofinanceurs: [] }}
          summary={`Budget ${lastYear + 1} ajouté`}
        >
          Ajouter le budget {lastYear + 1}
        </InsertButton>
        {previous && (
          <InsertButton
            dossier={dossier}
            path={[...base, 'budgets']}
            value={copiedYear(previous, lastYear + 1)}
            summary={`Budget ${lastYear + 1} ajouté, copié de ${previous.annee}`}
            priority="tertiary"
          >
            Copier l’année précédente ({previous.annee}) dans un budget {lastYear + 1}
          </InsertButton>
        )}
      </div>
      <h3 className="fr-h5 fr-mt-4w">Indicateurs</h3>
      {action.indicateurs.map((indicateur, i) => (
        <FieldSet
          key={indicateur.id}
          dossier={dossier}
          legend={`Indicateur ${i + 1}`}
          fields={[
            { path: [...base, 'indicateurs', i, 'libelle'], label: `Libellé de l’indicateur ${i + 1}` },
            { path: [...base, 'indicateurs', i, 'cible'], label: `Cible de l’indicateur ${i + 1}` },
          ]}
        >
          <DeleteButton
            dossier={dossier}
            path={[...base, 'indicateurs']}
            index={i}
            summary={`Indicateur « ${indicateur.libelle} » supprimé`}
          >
            {`Supprimer l’indicateur ${i + 1}`}
          </DeleteButton>
        </FieldSet>
      ))}
      <InsertButton
        dossier={dossier}
        path={[...base, 'indicateurs']}
        value={{ id: `ind-${crypto.randomUUID().slice(0, 8)}`, libelle: 'Nouvel indicateur', cible: '', realise: [] }}
        summary="Indicateur ajouté"
        priority="tertiary"
        focusField="libelle"
      >
        Ajouter un indicateur
      </InsertButton>
    </section>
  );
}
