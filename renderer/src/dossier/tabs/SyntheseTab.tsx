import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState } from 'react';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { fundedActions, grandTotal, stateShare } from '../../../../shared/dossier/funding';
import { paymentsSituation } from '../../../../shared/dossier/commitment';
import { isContractSigned } from '../../../../shared/dossier/signed-contract';
import {
  abandon,
  advance,
  cancelSignature,
  eventFormes,
  goBack,
  type ReasonLink,
  nextAction,
  resume,
  suspend,
  type WorkflowInput,
  type WorkflowResult,
} from '../../../../shared/dossier/workflow';
import {
  BEFORE_FIRST_STEP_LABEL,
  EVENT_TYPE_LABELS,
  formeOf,
  formeStepLabel,
  nextStepOf,
  stepIndex,
  stepsOf,
  type Step,
} from '../../../../shared/dossier/workflow-steps';
import { dateEnLettres } from '../../../../shared/format/dates';
import { formatEuros } from '../../../../shared/format/money';
import { useLiveQuery } from 'dexie-react-hooks';
import { showRefusals } from '../../layout/focus-first-refused';
import { database } from '../../../db/database';
import { listDocuments } from '../../../db/documents-repository';
import { getDossier } from '../../../db/dossiers-repository';
import { currentAuthor } from '../../state/agent-store';
import { routeHref } from '../../state/route-store';
import { DeleteDossierSection } from '../DeleteDossierSection';
import { DueSection } from '../DueList';
import { DossierField } from '../fields/DossierField';
import { widthClass } from '../fields/field-width';
import { saveVersion } from '../save-dossier';
import { FormeSection } from './FormeSection';

const today = () => new Date().toISOString().slice(0, 10);

function formatDate(iso: string | undefined): string {
  return iso ? dateEnLettres(iso) : '';
}

function Timeline({ dossier }: { dossier: Dossier }) {
  const current = stepIndex(dossier.workflow.etape);
  const forme = formeOf(dossier);
  return (
    <ol className="ctai-timeline" aria-label="Étapes du dossier">
      {stepsOf(forme).map((step) => (
        <li
          key={step}
          aria-current={step === dossier.workflow.etape ? 'step' : undefined}
          className={stepIndex(step) <= current ? 'ctai-timeline__done' : undefined}
        >
          <strong>{formeStepLabel(forme, step)}</strong> —{' '}
          {stepIndex(step) <= current ? `atteinte le ${formatDate(dossier.workflow.dates[step])}` : 'à venir'}
        </li>
      ))}
    </ol>
  );
}

function KeyFigures({ dossier }: { dossier: Dossier }) {
  const actions = fundedActions(dossier);
  const total = grandTotal(dossier);
  const share = stateShare(total);
  const payments = paymentsSituation(dossier);
  const signed = isContractSigned(dossier);
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
          {signed && (
            <>
              <tr>
                <th scope="row">Engagement de l’État (contrat et avenants signés)</th>
                <td>{formatEuros(payments.committed)}</td>
              </tr>
              <tr>
                <th scope="row">Versé</th>
                <td>{formatEuros(payments.paid)}</td>
              </tr>
              <tr>
                <th scope="row">Reste à verser</th>
                <td>{formatEuros(payments.remaining)}</td>
              </tr>
            </>
          )}
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
  /** A change refused for its own date or reason: said under that field, which gets the focus. */
  const [inputError, setInputError] = useState<{ input: WorkflowInput; message: string } | null>(null);
  const inputsRef = useRef<HTMLDivElement>(null);
  const motifError = inputError?.input === 'motif' ? inputError.message : '';
  const dateError = inputError?.input === 'date' ? inputError.message : '';
  const [links, setLinks] = useState<Readonly<Record<string, ReasonLink>>>({});
  const documents = useLiveQuery(() => listDocuments(database(), dossier.id), [dossier.id]) ?? [];
  const signed = isContractSigned(dossier);
  const [done, setDone] = useState('');
  const { workflow } = dossier;
  const forme = formeOf(dossier);
  const label = (step: Step) => formeStepLabel(forme, step);
  const formes = eventFormes(dossier);
  const next = nextStepOf(forme, workflow.etape);
  const earlier = stepsOf(forme).filter((step) => stepIndex(step) < stepIndex(workflow.etape));
  const auteur = currentAuthor().nom;

  /**
   * Applies a workflow change to the dossier as stored now: a field saved on leaving it just
   * before the click is in the database (its write is ordered before this read) but maybe not yet
   * in this screen's copy.
   */
  async function apply(change: (current: Dossier) => WorkflowResult, summary: string) {
    setDone('');
    const current = (await getDossier(database(), dossier.id)) ?? dossier;
    const result = change(current);
    if (!result.ok) {
      if (result.input) {
        setReasons([]);
        const input = result.input;
        showRefusals(inputsRef.current, () => setInputError({ input, message: result.reasons.join(' ') }));
        return;
      }
      setInputError(null);
      setReasons(result.reasons);
      setLinks(result.links ?? {});
      return;
    }
    setInputError(null);
    setReasons([]);
    setLinks({});
    const outcome = await saveVersion(current, result.dossier, summary);
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
      {dossier.workflow.etape === 'suivi' && <DueSection dossier={dossier} />}
      <h2 className="fr-h5">Étapes</h2>
      <Timeline dossier={dossier} />
      <div className="ctai-grid">
        <DossierField
          dossier={dossier}
          path={['workflow', 'lettreIntentionRecue']}
          label="Lettre d’intention reçue le"
          kind="date"
        />
      </div>
      <KeyFigures dossier={dossier} />
      <h2 className="fr-h5 fr-mt-4w">Changer d’étape</h2>
      {reasons.length > 0 && (
        <div className="fr-mb-3w">
          <Alert
            severity="error"
            title="Changement refusé"
            description={
              <ul>
                {reasons.map((reason) => {
                  const link = links[reason];
                  return (
                    <li key={reason}>
                      {link ? (
                        <a href={routeHref({ screen: 'dossier', id: dossier.id, tab: link.tab })}>{reason}</a>
                      ) : (
                        reason
                      )}
                    </li>
                  );
                })}
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
      <div className="ctai-grid" ref={inputsRef}>
        <Input
          label="Date"
          state={dateError ? 'error' : 'default'}
          stateRelatedMessage={dateError}
          nativeInputProps={{
            type: 'date',
            value: date,
            onChange: (event) => {
              setDate(event.target.value);
              if (inputError?.input === 'date') setInputError(null);
            },
          }}
        />
        <Input
          label="Motif"
          hintText="Obligatoire pour revenir en arrière, annuler une signature, changer de forme, suspendre ou abandonner"
          textArea
          state={motifError ? 'error' : 'default'}
          stateRelatedMessage={motifError}
          nativeTextAreaProps={{
            value: motif,
            rows: 2,
            onChange: (event) => {
              setMotif(event.target.value);
              if (inputError?.input === 'motif') setInputError(null);
            },
          }}
        />
      </div>
      <div className="fr-btns-group fr-btns-group--inline">
        {next && workflow.statut === 'actif' && (
          <Button
            onClick={() =>
              void apply(
                (current) =>
                  advance(current, next, date, auteur, {
                    today: today(),
                    documentKinds: documents.map((document) => document.kind),
                  }),
                `Étape « ${label(next)} » atteinte`,
              )
            }
          >
            Passer à l’étape « {label(next)} »
          </Button>
        )}
        {workflow.statut === 'actif' && (
          <Button
            priority="secondary"
            onClick={() => void apply((current) => suspend(current, date, motif, auteur), 'Dossier suspendu')}
          >
            Suspendre le dossier
          </Button>
        )}
        {workflow.statut === 'suspendu' && (
          <Button
            priority="secondary"
            onClick={() => void apply((current) => resume(current, date, motif, auteur), 'Dossier repris')}
          >
            Reprendre le dossier
          </Button>
        )}
        {workflow.statut !== 'abandonne' && (
          <Button
            priority="tertiary"
            onClick={() => void apply((current) => abandon(current, date, motif, auteur), 'Dossier abandonné')}
          >
            Abandonner le dossier
          </Button>
        )}
      </div>
      {signed && workflow.statut === 'actif' && (
        <div className="fr-mt-2w">
          <p className="fr-text--sm">
            {forme === 'ptai'
              ? 'La convention est signée : son montant ne change plus. '
              : 'Le contrat est signé : ses montants ne changent plus que par avenant (onglet Contrat). '}
            Une signature enregistrée par erreur s’annule avec un motif, qui reste dans l’historique.
          </p>
          <Button
            priority="secondary"
            onClick={() =>
              void apply(
                (current) => cancelSignature(current, date, motif, auteur),
                forme === 'ptai' ? 'Signature de la convention annulée' : 'Signature du contrat annulée',
              )
            }
          >
            Annuler la signature
          </Button>
        </div>
      )}
      {workflow.etape !== null && workflow.statut === 'actif' && !signed && (
        <div className="ctai-grid fr-mt-2w">
          <Select
            label="Revenir à l’étape"
            className={widthClass('l')}
            hint="Choisissez d’abord l’étape : le bouton « Revenir à cette étape » s’active alors."
            nativeSelectProps={{ value: target, onChange: (event) => setTarget(event.target.value) }}
          >
            <option value="">Choisissez une étape antérieure</option>
            <option value="aucune">{BEFORE_FIRST_STEP_LABEL}</option>
            {earlier.map((step) => (
              <option key={step} value={step}>
                {label(step)}
              </option>
            ))}
          </Select>
          {/* On the list's line, like an input's own button (app.css, .ctai-field-action). */}
          <div className={`ctai-field-action ${widthClass('m')}`}>
            <Button
              priority="secondary"
              disabled={!target}
              onClick={() => {
                const step = target === 'aucune' ? null : (target as Step);
                void apply(
                  (current) => goBack(current, step, date, motif, auteur),
                  `Retour à l’étape « ${step ? label(step) : 'avant la lettre d’intention'} »`,
                );
              }}
            >
              Revenir à cette étape
            </Button>
          </div>
        </div>
      )}
      <FormeSection
        dossier={dossier}
        onChange={(change, summary) => void apply((current) => change(current, date, motif, auteur), summary)}
      />
      {workflow.evenements.length > 0 && (
        <>
          <h2 className="fr-h5 fr-mt-4w">Journal des étapes</h2>
          <ul>
            {workflow.evenements
              .map((event, index) => ({ event, forme: formes[index] ?? forme }))
              .reverse()
              .map(({ event, forme: then }, index) => (
                <li key={index}>
                  {formatDate(event.date)} — {EVENT_TYPE_LABELS[event.type]}{' '}
                  {event.etape ? `(« ${formeStepLabel(then, event.etape)} »)` : ''}
                  {event.motif ? ` — motif : ${event.motif}` : ''} {event.auteur ? `— ${event.auteur}` : ''}
                </li>
              ))}
          </ul>
        </>
      )}
      <DeleteDossierSection dossier={dossier} />
    </>
  );
}
