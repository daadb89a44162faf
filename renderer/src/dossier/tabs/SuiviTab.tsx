// The contract's life after its signature: what is due, each year's report (per action: the
// indicators reached, beneficiaries, what was done, spending) with the reception of the report
// and of the financial statement, and the steering committees with their decisions.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { contractYears, stateCommitment } from '../../../../shared/dossier/commitment';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { isNumberLike, newBilan, newBilanAction, newCopil } from '../../../../shared/dossier/follow-up';
import type { DossierEdit } from '../../../../shared/sync/dossier-doc';
import { FieldSet, type FieldSpec } from '../fields/FieldSet';
import { CofunderList } from '../fields/CofunderList';
import { DeleteButton, InsertButton } from '../fields/ListButtons';
import { saveEdits } from '../save-dossier';
import { DueSection } from '../DueList';

const today = () => new Date().toISOString().slice(0, 10);

/** The actions a year's report covers: those the year's act funds. */
function reportedActionIds(dossier: Dossier, annee: number): string[] {
  return stateCommitment(dossier, annee).lines.map((line) => line.actionId);
}

/**
 * Edits giving each indicator of the actions a value-reached entry for the year, so that each has
 * a field (the list `realise` holds one entry per year).
 */
function indicatorEntries(dossier: Dossier, annee: number, actionIds: string[]): DossierEdit[] {
  const edits: DossierEdit[] = [];
  dossier.actions.forEach((action, a) => {
    if (!actionIds.includes(action.id)) return;
    action.indicateurs.forEach((indicateur, k) => {
      if (indicateur.realise.some((r) => r.annee === annee)) return;
      edits.push({
        op: 'insert',
        path: ['actions', a, 'indicateurs', k, 'realise'],
        index: indicateur.realise.length,
        value: { annee, valeur: '' },
      });
    });
  });
  return edits;
}

function Report({ dossier, annee }: { dossier: Dossier; annee: number }) {
  const b = dossier.contrat.bilans.findIndex((bilan) => bilan.annee === annee);
  const actionIds = reportedActionIds(dossier, annee);
  if (b < 0)
    return (
      <section aria-labelledby={`bilan-${annee}`} className="fr-mb-4w">
        <h3 id={`bilan-${annee}`} className="fr-h6">
          Bilan {annee}
        </h3>
        <Button
          priority="secondary"
          size="small"
          iconId="fr-icon-add-line"
          onClick={() =>
            void saveEdits(
              dossier,
              [
                {
                  op: 'insert',
                  path: ['contrat', 'bilans'],
                  index: dossier.contrat.bilans.length,
                  value: { ...newBilan(annee), actions: actionIds.map(newBilanAction) },
                },
                ...indicatorEntries(dossier, annee, actionIds),
              ],
              `Bilan ${annee} commencé`,
            )
          }
        >
          Saisir le bilan {annee}
        </Button>
      </section>
    );
  const bilan = dossier.contrat.bilans[b]!;
  const base = ['contrat', 'bilans', b];
  const missingActions = actionIds.filter((id) => !bilan.actions.some((entry) => entry.actionId === id));
  const missingIndicators = indicatorEntries(dossier, annee, actionIds);
  return (
    <section aria-labelledby={`bilan-${annee}`} className="fr-mb-4w">
      <h3 id={`bilan-${annee}`} className="fr-h6">
        Bilan {annee}
      </h3>
      <FieldSet
        dossier={dossier}
        legend={`Réception du bilan ${annee}`}
        fields={[
          { path: [...base, 'dateReception'], label: `Bilan ${annee} reçu le`, kind: 'date' },
          {
            path: [...base, 'dateCompteRenduFinancier'],
            label: `Compte rendu financier ${annee} reçu le`,
            kind: 'date',
            hint: 'Attendu dans les six mois suivant la fin de l’année (arrêté du 11 octobre 2006).',
          },
        ]}
      />
      {bilan.actions.map((entry, e) => {
        const a = dossier.actions.findIndex((action) => action.id === entry.actionId);
        const action = dossier.actions[a];
        const name = action ? `« ${action.intitule} »` : '(action supprimée)';
        const entryBase = [...base, 'actions', e];
        const indicators: FieldSpec[] = [];
        const warnings: string[] = [];
        action?.indicateurs.forEach((indicateur, k) => {
          const r = indicateur.realise.findIndex((value) => value.annee === annee);
          if (r < 0) return;
          indicators.push({
            path: ['actions', a, 'indicateurs', k, 'realise', r, 'valeur'],
            label: `${indicateur.libelle} — atteint en ${annee} (${name})`,
            hint: indicateur.cible ? `Cible : ${indicateur.cible}` : 'Sans cible chiffrée',
          });
          const valeur = indicateur.realise[r]!.valeur;
          if (valeur && isNumberLike(indicateur.cible) && !isNumberLike(valeur))
            warnings.push(
              `« ${indicateur.libelle} » : la valeur atteinte « ${valeur} » n’est pas un nombre alors que la cible (${indicateur.cible}) en est un ; elle est gardée telle quelle.`,
            );
        });
        return (
          <FieldSet
            key={entry.actionId}
            dossier={dossier}
            legend={`Action ${name} en ${annee}`}
            fields={[
              ...indicators,
              {
                path: [...entryBase, 'beneficiairesAtteints'],
                label: `Bénéficiaires atteints (${name})`,
                kind: 'integer',
                nullable: true,
                ...(action ? { hint: `Visés : ${action.beneficiaires}` } : {}),
              },
              {
                path: [...entryBase, 'depenseTotale'],
                label: `Dépense totale ${annee} (${name})`,
                kind: 'amount',
                nullable: true,
              },
              {
                path: [...entryBase, 'depenseCtai'],
                label: `Dont crédits du CTAI (${name})`,
                kind: 'amount',
                nullable: true,
              },
              { path: [...entryBase, 'realise'], label: `Ce qui a été fait (${name})`, kind: 'longtext' },
              { path: [...entryBase, 'difficultes'], label: `Difficultés rencontrées (${name})`, kind: 'longtext' },
              {
                path: [...entryBase, 'perspectives'],
                label: `Perspectives pour l’année suivante (${name})`,
                kind: 'longtext',
              },
            ]}
          >
            {warnings.map((warning) => (
              <Alert key={warning} severity="warning" small description={warning} className="fr-mb-2w" />
            ))}
            <CofunderList
              dossier={dossier}
              path={[...entryBase, 'cofinancements']}
              context={name}
              amountLabel="Dépense du cofinanceur"
              historyWhere={`bilan ${annee} de « ${name} »`}
            />
            <InsertButton
              dossier={dossier}
              path={[...entryBase, 'cofinancements']}
              value={{ nom: '', montant: 0 }}
              summary={`Cofinanceur ajouté au bilan ${annee} (${name})`}
              priority="tertiary"
            >
              {`Ajouter un cofinanceur (${name})`}
            </InsertButton>
          </FieldSet>
        );
      })}
      {(missingActions.length > 0 || missingIndicators.length > 0) && (
        <Button
          priority="tertiary"
          size="small"
          iconId="fr-icon-add-line"
          className="fr-mb-2w"
          onClick={() =>
            void saveEdits(
              dossier,
              [
                ...missingActions.map((id, i): DossierEdit => ({
                  op: 'insert',
                  path: [...base, 'actions'],
                  index: bilan.actions.length + i,
                  value: newBilanAction(id),
                })),
                ...missingIndicators,
              ],
              `Bilan ${annee} complété des actions et indicateurs ajoutés depuis`,
            )
          }
        >
          Ajouter au bilan les actions et indicateurs ajoutés depuis
        </Button>
      )}
      <DeleteButton dossier={dossier} path={['contrat', 'bilans']} index={b} summary={`Bilan ${annee} supprimé`}>
        {`Supprimer le bilan ${annee}`}
      </DeleteButton>
    </section>
  );
}

function Copils({ dossier }: { dossier: Dossier }) {
  const years = contractYears(dossier);
  const yearOptions = [
    { value: '', label: 'Aucun avenant' },
    ...years.slice(1).map((annee) => ({ value: String(annee), label: `Avenant ${annee}` })),
  ];
  return (
    <section aria-labelledby="copils" className="fr-mb-4w">
      <h2 id="copils" className="fr-h5">
        Comités de pilotage
      </h2>
      {dossier.contrat.copil.map((copil, i) => {
        const base = ['contrat', 'copil', i];
        const n = i + 1;
        return (
          <FieldSet
            key={i}
            dossier={dossier}
            legend={`Comité ${n}${copil.date ? ` du ${copil.date.split('-').reverse().join('/')}` : ''}`}
            fields={[
              { path: [...base, 'date'], label: `Date du comité ${n}`, kind: 'date' },
              { path: [...base, 'lieu'], label: `Lieu du comité ${n}` },
              { path: [...base, 'objet'], label: `Ordre du jour du comité ${n}` },
              ...copil.participants.flatMap((_, p): FieldSpec[] => [
                { path: [...base, 'participants', p, 'nom'], label: `Participant ${p + 1} du comité ${n} : nom` },
                {
                  path: [...base, 'participants', p, 'qualite'],
                  label: `Participant ${p + 1} du comité ${n} : qualité`,
                },
                {
                  path: [...base, 'participants', p, 'institution'],
                  label: `Participant ${p + 1} du comité ${n} : institution`,
                },
              ]),
              ...copil.decisions.flatMap((_, d): FieldSpec[] => [
                {
                  path: [...base, 'decisions', d, 'texte'],
                  label: `Décision ${d + 1} du comité ${n}`,
                  kind: 'longtext',
                },
                {
                  path: [...base, 'decisions', d, 'avenantAnnee'],
                  label: `Décision ${d + 1} : avenant proposé`,
                  kind: 'integer',
                  nullable: true,
                  options: yearOptions,
                },
              ]),
            ]}
          >
            <div className="ctai-button-row">
              <InsertButton
                dossier={dossier}
                path={[...base, 'participants']}
                value={{ nom: '', qualite: '', institution: '' }}
                summary={`Participant ajouté au comité ${n}`}
                priority="tertiary"
              >
                {`Ajouter un participant au comité ${n}`}
              </InsertButton>
              {copil.participants.length > 0 && (
                <DeleteButton
                  dossier={dossier}
                  path={[...base, 'participants']}
                  index={copil.participants.length - 1}
                  summary={`Participant retiré du comité ${n}`}
                >
                  {`Retirer le participant ${copil.participants.length}`}
                </DeleteButton>
              )}
              <InsertButton
                dossier={dossier}
                path={[...base, 'decisions']}
                value={{ texte: '', avenantAnnee: null }}
                summary={`Décision ajoutée au comité ${n}`}
                priority="tertiary"
              >
                {`Ajouter une décision au comité ${n}`}
              </InsertButton>
              {copil.decisions.length > 0 && (
                <DeleteButton
                  dossier={dossier}
                  path={[...base, 'decisions']}
                  index={copil.decisions.length - 1}
                  summary={`Décision retirée du comité ${n}`}
                >
                  {`Retirer la décision ${copil.decisions.length}`}
                </DeleteButton>
              )}
              <DeleteButton dossier={dossier} path={['contrat', 'copil']} index={i} summary={`Comité ${n} supprimé`}>
                {`Supprimer le comité ${n}`}
              </DeleteButton>
            </div>
          </FieldSet>
        );
      })}
      <InsertButton
        dossier={dossier}
        path={['contrat', 'copil']}
        value={{ ...newCopil(today()), lieu: dossier.contrat.signature.lieu }}
        summary="Comité de pilotage ajouté"
        focusField="date"
      >
        Ajouter un comité de pilotage
      </InsertButton>
    </section>
  );
}

export function SuiviTab({ dossier }: { dossier: Dossier }) {
  const years = contractYears(dossier);
  const outside = dossier.contrat.bilans.filter((bilan) => !years.includes(bilan.annee));
  return (
    <>
      <DueSection dossier={dossier} />
      <section aria-labelledby="bilans" className="fr-mb-4w">
        <h2 id="bilans" className="fr-h5">
          Bilans annuels
        </h2>
        {years.length === 0 ? (
          <p>Indiquez la première année et la durée du contrat (onglet Contrat) pour saisir ses bilans.</p>
        ) : (
          years.map((annee) => <Report key={annee} dossier={dossier} annee={annee} />)
        )}
        {outside.map((bilan) => (
          <div key={bilan.annee} className="fr-mb-2w">
            <Alert
              severity="warning"
              small
              className="fr-mb-1w"
              description={`Un bilan ${bilan.annee} est enregistré alors que le contrat couvre ${years.length ? `${years[0]} à ${years.at(-1)}` : 'des années non indiquées'} : corrigez les années du contrat ou supprimez ce bilan.`}
            />
            <DeleteButton
              dossier={dossier}
              path={['contrat', 'bilans']}
              index={dossier.contrat.bilans.indexOf(bilan)}
              summary={`Bilan ${bilan.annee} supprimé`}
            >
              {`Supprimer le bilan ${bilan.annee}`}
            </DeleteButton>
          </div>
        ))}
      </section>
      <Copils dossier={dossier} />
    </>
  );
}
