import { Button } from '@codegouvfr/react-dsfr/Button';
import { openModal } from '../../layout/open-modal';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { AXES, AXE_LABELS, type Axe } from '../../../../shared/dossier/axes';
import type { Action, Dossier } from '../../../../shared/dossier/dossier-schema';
import { formatEuros } from '../../../../shared/format/money';
import { fieldMaxLength } from '../../../../shared/dossier/field-labels';
import { showRefusals } from '../../layout/focus-first-refused';
import { fieldWidthClass } from '../fields/DossierField';
import { ProblemsAlert } from '../ProblemsAlert';
import { saveEdits } from '../save-dossier';
import { ACTION_STATUS_LABELS, ActionForm } from './ActionForm';

/** Why a typed name is refused (empty, or longer than the dossier keeps), in French, or undefined. */
function textProblem(value: string, path: (string | number)[], subject: string): string | undefined {
  const typed = value.trim();
  if (!typed) return `${subject} est obligatoire.`;
  const max = fieldMaxLength(path);
  if (max !== null && typed.length > max)
    return `${subject} compte ${typed.length} caractères : raccourcissez-le à ${max} au plus.`;
  return undefined;
}

function NewActionForm({ dossier, onCreated }: { dossier: Dossier; onCreated: (index: number) => void }) {
  const [intitule, setIntitule] = useState('');
  const [axe, setAxe] = useState<Axe>(
    dossier.actions.some((a) => a.axes.includes('logement')) ? 'emploi-formation' : 'logement',
  );
  const [porteur, setPorteur] = useState('');
  const [errors, setErrors] = useState<{ intitule?: string; porteur?: string }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      intitule: textProblem(intitule, ['actions', 0, 'intitule'], 'L’intitulé de la nouvelle action'),
      porteur: textProblem(porteur, ['actions', 0, 'porteur', 'nom'], 'Le porteur de la nouvelle action'),
    };
    if (found.intitule || found.porteur) {
      showRefusals(event.currentTarget as HTMLElement, () => setErrors(found));
      return;
    }
    setErrors({});
    const annee = dossier.contrat.anneeDebut ?? new Date().getFullYear();
    const action: Action = {
      id: `action-${crypto.randomUUID().slice(0, 8)}`,
      intitule: intitule.trim(),
      axes: [axe],
      porteur: { nom: porteur.trim(), formeJuridique: '', siret: '', rna: '' },
      publicCible: '',
      beneficiaires: 0,
      objectifs: '',
      description: '',
      dateDebut: '',
      dateFin: '',
      budgets: [{ annee, coutTotal: 0, ctaiDemande: 0, ctaiAccorde: null, cofinanceurs: [] }],
      indicateurs: [],
      statut: 'proposee',
    };
    const form = event.currentTarget as HTMLElement;
    const outcome = await saveEdits(
      dossier,
      [{ op: 'insert', path: ['actions'], index: dossier.actions.length, value: action }],
      `Action « ${action.intitule} » ajoutée`,
      // A refusal is said under this form's fields, not left in the save bar once they are corrected.
      { fromField: true },
    );
    if (outcome.ok) {
      setIntitule('');
      setPorteur('');
      onCreated(dossier.actions.length);
    } else {
      // Anything else the dossier's rules refuse in the new action, said under the title.
      showRefusals(form, () => setErrors({ intitule: Object.values(outcome.messages)[0] ?? outcome.failure }));
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="nouvelle-action" className="fr-mt-4w">
      <h2 id="nouvelle-action" className="fr-h5">
        Nouvelle action
      </h2>
      <div className="ctai-grid">
        <Input
          label="Intitulé de la nouvelle action"
          className={fieldWidthClass(['actions', 0, 'intitule'], 'text')}
          state={errors.intitule ? 'error' : 'default'}
          stateRelatedMessage={errors.intitule}
          nativeInputProps={{ value: intitule, onChange: (e) => setIntitule(e.target.value) }}
        />
        <Select
          label="Axe principal de la nouvelle action"
          className={fieldWidthClass(
            ['actions', 0, 'axes', 0],
            'text',
            AXES.map((value) => ({ label: AXE_LABELS[value] })),
          )}
          nativeSelectProps={{ value: axe, onChange: (e) => setAxe(e.target.value as Axe) }}
        >
          {AXES.map((value) => (
            <option key={value} value={value}>
              {AXE_LABELS[value]}
            </option>
          ))}
        </Select>
        <Input
          label="Porteur de la nouvelle action"
          className={fieldWidthClass(['actions', 0, 'porteur', 'nom'], 'text')}
          state={errors.porteur ? 'error' : 'default'}
          stateRelatedMessage={errors.porteur}
          nativeInputProps={{ value: porteur, onChange: (e) => setPorteur(e.target.value) }}
        />
      </div>
      <Button type="submit" iconId="fr-icon-add-line">
        Ajouter l’action
      </Button>
    </form>
  );
}

const deleteModal = createModal({ id: 'confirmer-suppression-action', isOpenedByDefault: false });

/** Focuses the heading `id` (focusable by script only), scrolled into view. */
function focusHeading(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

export function ActionsTab({ dossier }: { dossier: Dossier }) {
  const [selected, setSelected] = useState<number | null>(dossier.actions.length ? 0 : null);
  const [toDelete, setToDelete] = useState<number | null>(null);
  const doomed = toDelete === null ? undefined : dossier.actions[toDelete];
  const current = selected !== null && selected < dossier.actions.length ? selected : null;
  return (
    <>
      <ProblemsAlert dossier={dossier} tabs={['actions']} title="Points à corriger dans les actions" />
      {dossier.actions.length === 0 ? (
        <p>Aucune action pour l’instant.</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption>Actions du dossier ({dossier.actions.length})</caption>
            <thead>
              <tr>
                <th scope="col">Intitulé</th>
                <th scope="col">Axes</th>
                <th scope="col">Porteur</th>
                <th scope="col">Statut</th>
                <th scope="col">Coût total</th>
                <th scope="col">Gérer</th>
              </tr>
            </thead>
            <tbody>
              {dossier.actions.map((action, index) => (
                <tr key={action.id} aria-current={index === current ? 'true' : undefined}>
                  <th scope="row">{action.intitule}</th>
                  <td>{action.axes.map((axe) => AXE_LABELS[axe]).join(', ')}</td>
                  <td>{action.porteur.nom}</td>
                  <td>{ACTION_STATUS_LABELS[action.statut]}</td>
                  <td>{formatEuros(action.budgets.reduce((sum, b) => sum + b.coutTotal, 0))}</td>
                  <td>
                    <div className="ctai-button-row ctai-nowrap">
                      <Button
                        size="small"
                        priority={index === current ? 'primary' : 'secondary'}
                        onClick={() => {
                          setSelected(index);
                          // The form opened is where the agent goes on: its heading takes the focus
                          // (in view, read out), once drawn.
                          requestAnimationFrame(() => focusHeading(`action-${action.id}`));
                        }}
                      >
                        Modifier<span className="fr-sr-only"> « {action.intitule} »</span>
                      </Button>
                      <Button
                        size="small"
                        priority="tertiary"
                        iconId="fr-icon-delete-line"

                        onClick={(event) => {
                          setToDelete(index);
                          openModal(deleteModal, event.currentTarget);
                        }}
                      >
                        Supprimer<span className="fr-sr-only"> « {action.intitule} »</span>
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <deleteModal.Component
        title="Supprimer l’action ?"
        buttons={[
          { children: 'Garder l’action', priority: 'secondary' },
          {
            children: 'Supprimer l’action',
            onClick: () => {
              if (toDelete === null || !doomed) return;
              setSelected(null);
              void saveEdits(
                dossier,
                [{ op: 'delete', path: ['actions'], index: toDelete }],
                `Action « ${doomed.intitule} » supprimée`,
              );
            },
          },
        ]}
      >
        {doomed
          ? `L’action « ${doomed.intitule} », son budget et ses indicateurs seront retirés du dossier. Vous pourrez revenir en arrière avec le bouton « Annuler : … » en haut du dossier.`
          : ''}
      </deleteModal.Component>
      {/* The action opened right under the list, the new action's form after it. */}
      {current !== null && <ActionForm key={dossier.actions[current]!.id} dossier={dossier} index={current} />}
      <NewActionForm dossier={dossier} onCreated={setSelected} />
    </>
  );
}
