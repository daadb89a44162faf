import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { fundedActions, grandTotal, stateShare } from '../../../../shared/dossier/funding';
import {
  abandon,
  advance,
  goBack,
  nextAction,
  resume,
  suspend,
  type WorkflowResult,
} from '../../../../shared/dossier/workflow';
import {
  BEFORE_FIRST_STEP_LABEL,
  STEP_LABELS,
  STEPS,
  stepIndex,
  type Step,
} from '../../../../shared/dossier/workflow-steps';
import { dateEnLettres } from '../../../../shared/format/dates';
import { formatEuros } from '../../../../shared/format/money';
import { currentAuthor } from '../../state/agent-store';
import { saveVersion } from '../save-dossier';

const today = () => new Date().toISOString().slice(0, 10);
function formatDate(iso: string | undefined): string {
  return iso ? dateEnLettres(iso) : '';
}

function Timeline({ dossier }: { dossier: Dossier }) {
  const current = stepIndex(dossier.workflow.etape);
  return (
    <ol className="ctai-timeline" aria-label="Étapes du dossier">
      {STEPS.map((step, index) => (
        <li
          key={step}
          aria-current={index === current ? 'step' : undefined}
          className={index <= current ? 'ctai-timeline__done' : undefined}
        >
          <strong>{STEP_LABELS[step]}</strong> —{' '}
          {index <= current ? `atteinte le ${formatDate(dossier.workflow.dates[step])}` : 'à venir'}
        </li>
      ))}
    </ol>
  );
}

function KeyFigures({ dossier }: { dossier: Dossier }) {
  const actions = fundedActions(dossier);
  const total = grandTotal(dossier);
  const share = stateShare(total);
  return (
    <div className="fr-table">
      <table>
        <caption>Chiffres clés</caption>
        <tbody>
          <tr>
            <th scope="row">Actions (hors actions écartées)</th>
            <td>{actions.length}</td>
          </tr>
          <tr>
            <th scope="row">Bénéficiaires visés</th>
            <td>{actions.reduce((sum, action) => sum + action.beneficiaires, 0).toLocaleString('fr-FR')}</td>
          </tr>
          <tr>
            <th scope="row">Coût total</th>
            <td>{formatEuros(total.coutTotal)}</td>
          </tr>
          <tr>
            <th scope="row">CTAI demandé</th>
            <td>{formatEuros(total.ctaiDemande)}</td>
          </tr>
          <tr>
            <th scope="row">CTAI accordé</th>
            <td>{formatEuros(total.ctaiAccorde)}</td>
          </tr>
          <tr>
            <th scope="row">Part de l’État</th>
            <td>{share === null ? '—' : `${(share * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export function SyntheseTab({ dossier }: { dossier: Dossier }) {
  const [date, setDate] = useState(today());
  const [target, setTarget] = useState('');
  const [motif, setMotif] = useState('');
  const [reasons, setReasons] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const { workflow } = dossier;
  const next = STEPS[stepIndex(workflow.etape) + 1];
  const earlier = STEPS.slice(0, Math.max(stepIndex(workflow.etape), 0));
  const auteur = currentAuthor().nom;

  async function apply(result: WorkflowResult, summary: string) {
    setDone('');
    if (!result.ok) {
      setReasons(result.reasons);
      return;
    }
    setReasons([]);
    const outcome = await saveVersion(dossier, result.dossier, summary);
    if (outcome.ok) {
      setMotif('');
      setDone(summary);
    }
  }

  return (
    <>
      <CallOut title="Prochaine chose à faire" titleAs="h2" className="fr-mb-3w">
        {nextAction(dossier, today())}
      </CallOut>
      <h2 className="fr-h5">Étapes</h2>
      <Timeline dossier={dossier} />
      <KeyFigures dossier={dossier} />
      <h2 className="fr-h5 fr-mt-4w">Changer d’étape</h2>
      {reasons.length > 0 && (
        <div className="fr-mb-3w">
          <Alert
            severity="error"
            title="Changement refusé"
            description={
              <ul>
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            }
          />
        </div>
      )}
      {done && (
        <p role="status" className="fr-text--sm">
          Enregistré : {done}.
        </p>
      )}
      <div className="ctai-grid">
        <Input
          label="Date"
          nativeInputProps={{ type: 'date', value: date, onChange: (event) => setDate(event.target.value) }}
        />
        <Input
          label="Motif"
          hintText="Obligatoire pour revenir en arrière, suspendre ou abandonner"
          textArea
          nativeTextAreaProps={{ value: motif, rows: 2, onChange: (event) => setMotif(event.target.value) }}
        />
      </div>
      <div className="fr-btns-group fr-btns-group--inline">
        {next && workflow.statut === 'actif' && (
          <Button
            onClick={() => void apply(advance(dossier, next, date, auteur), `Étape « ${STEP_LABELS[next]} » atteinte`)}
          >
            Passer à l’étape « {STEP_LABELS[next]} »
          </Button>
        )}
        {workflow.statut === 'actif' && (
          <Button
            priority="secondary"
            onClick={() => void apply(suspend(dossier, date, motif, auteur), 'Dossier suspendu')}
          >
            Suspendre le dossier
          </Button>
        )}
        {workflow.statut === 'suspendu' && (
          <Button
            priority="secondary"
            onClick={() => void apply(resume(dossier, date, motif, auteur), 'Dossier repris')}
          >
            Reprendre le dossier
          </Button>
        )}
        {workflow.statut !== 'abandonne' && (
          <Button
            priority="tertiary"
            onClick={() => void apply(abandon(dossier, date, motif, auteur), 'Dossier abandonné')}
          >
            Abandonner le dossier
          </Button>
        )}
      </div>
      {workflow.etape !== null && workflow.statut === 'actif' && (
        <div className="ctai-grid fr-mt-2w">
          <Select
            label="Revenir à l’étape"
            nativeSelectProps={{ value: target, onChange: (event) => setTarget(event.target.value) }}
          >
            <option value="">Choisissez une étape antérieure</option>
            <option value="aucune">{BEFORE_FIRST_STEP_LABEL}</option>
            {earlier.map((step) => (
              <option key={step} value={step}>
                {STEP_LABELS[step]}
              </option>
            ))}
          </Select>
          <div>
            <Button
              priority="secondary"
              disabled={!target}
              onClick={() => {
                const step = target === 'aucune' ? null : (target as Step);
                void apply(
                  goBack(dossier, step, date, motif, auteur),
                  `Retour à l’étape « ${step ? STEP_LABELS[step] : 'avant la lettre d’intention'} »`,
                );
              }}
            >
              Revenir à cette étape
            </Button>
          </div>
        </div>
      )}
      {workflow.evenements.length > 0 && (
        <>
          <h2 className="fr-h5 fr-mt-4w">Journal des étapes</h2>
          <ul>
            {workflow.evenements
              .slice()
              .reverse()
              .map((event, index) => (
                <li key={index}>
                  {formatDate(event.date)} — {event.type} {event.etape ? `(« ${STEP_LABELS[event.etape]} »)` : ''}
                  {event.motif ? ` — motif : ${event.motif}` : ''} {event.auteur ? `— ${event.auteur}` : ''}
                </li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}
