// The form of one action: its description, its yearly budget with co-funders, its indicators.
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { AXES, AXE_LABELS } from '../../../../shared/dossier/axes';
import { actLabel, stateCommitment } from '../../../../shared/dossier/commitment';
import { ACTION_STATUSES, type Action, type Dossier } from '../../../../shared/dossier/dossier-schema';
import { isContractSigned } from '../../../../shared/dossier/signed-contract';
import { fundingGap } from '../../../../shared/dossier/funding';
import { formatEuros } from '../../../../shared/format/money';
import { FieldSet } from '../fields/FieldSet';
import { DeleteButton, InsertButton } from '../fields/ListButtons';
import { saveEdits } from '../save-dossier';

export const ACTION_STATUS_LABELS: Record<(typeof ACTION_STATUSES)[number], string> = {
  proposee: 'Proposée',
  retenue: 'Retenue',
  ecartee: 'Écartée',
  'en-cours': 'En cours',
  terminee: 'Terminée',
};

/** Once an avenant sets the year, the contract's figure is no longer the one in force: say which is. */
function inForceHint(dossier: Dossier, action: Action, annee: number): string | null {
  if (!isContractSigned(dossier)) return null;
  const commitment = stateCommitment(dossier, annee);
  if (commitment.act.kind === 'contrat') return null;
  const line = commitment.lines.find((l) => l.actionId === action.id);
  return `Montant du contrat ; en vigueur : ${line ? formatEuros(line.montant) : 'retirée'} (${actLabel(commitment.act)})`;
}

export function ActionForm({ dossier, index }: { dossier: Dossier; index: number }) {
  const action = dossier.actions[index];
  if (!action) return null;
  const base = ['actions', index];
  const lastYear = action.budgets.length
    ? Math.max(...action.budgets.map((b) => b.annee))
    : (dossier.contrat.anneeDebut ?? new Date().getFullYear()) - 1;
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
      {action.budgets.map((budget, b) => {
        const gap = fundingGap(budget);
        const budgetPath = [...base, 'budgets', b];
        return (
          <FieldSet
            key={`${budget.annee}-${b}`}
            dossier={dossier}
            legend={`Budget ${budget.annee}`}
            fields={[
              { path: [...budgetPath, 'annee'], label: `Année (budget ${budget.annee})`, kind: 'integer' },
              { path: [...budgetPath, 'coutTotal'], label: `Coût total ${budget.annee}`, kind: 'amount' },
              { path: [...budgetPath, 'ctaiDemande'], label: `Montant CTAI demandé ${budget.annee}`, kind: 'amount' },
              {
                path: [...budgetPath, 'ctaiAccorde'],
                label: `Montant CTAI accordé ${budget.annee}`,
                kind: 'amount',
                nullable: true,
                hint: inForceHint(dossier, action, budget.annee) ?? 'Vide tant que rien n’est accordé',
              },
              ...budget.cofinanceurs.flatMap((_, f) => [
                { path: [...budgetPath, 'cofinanceurs', f, 'nom'], label: `Cofinanceur ${f + 1} (${budget.annee})` },
                {
                  path: [...budgetPath, 'cofinanceurs', f, 'montant'],
                  label: `Montant du cofinanceur ${f + 1} (${budget.annee})`,
                  kind: 'amount' as const,
                },
              ]),
            ]}
          >
            <p className={gap === 0 ? 'fr-text--sm' : 'fr-error-text'}>
              {gap === 0
                ? 'Le CTAI et les cofinanceurs couvrent exactement le coût total.'
                : gap > 0
                  ? `Écart : ${formatEuros(gap)} du coût total ne sont pas financés.`
                  : `Écart : le financement dépasse le coût total de ${formatEuros(-gap)}.`}
            </p>
            <div className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
              <InsertButton
                dossier={dossier}
                path={[...budgetPath, 'cofinanceurs']}
                value={{ nom: '', montant: Math.max(gap, 0) }}
                summary={`Cofinanceur ajouté (${budget.annee})`}
              >
                Ajouter un cofinanceur en {budget.annee}
              </InsertButton>
              {budget.cofinanceurs.length > 0 && (
                <DeleteButton
                  dossier={dossier}
                  path={[...budgetPath, 'cofinanceurs']}
                  index={budget.cofinanceurs.length - 1}
                  summary={`Cofinanceur retiré (${budget.annee})`}
                >
                  Retirer le dernier cofinanceur de {budget.annee}
                </DeleteButton>
              )}
              <DeleteButton
                dossier={dossier}
                path={[...base, 'budgets']}
                index={b}
                summary={`Budget ${budget.annee} supprimé`}
              >
                Supprimer le budget {budget.annee}
              </DeleteButton>
            </div>
          </FieldSet>
        );
      })}
      <InsertButton
        dossier={dossier}
        path={[...base, 'budgets']}
        value={{ annee: lastYear + 1, coutTotal: 0, ctaiDemande: 0, ctaiAccorde: null, cofinanceurs: [] }}
        summary={`Budget ${lastYear + 1} ajouté`}
      >
        Ajouter le budget {lastYear + 1}
      </InsertButton>
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
      >
        Ajouter un indicateur
      </InsertButton>
    </section>
  );
}
