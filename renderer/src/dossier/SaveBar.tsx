// The saving state of the dossier and the undo of its last change. The state follows the fields:
// « Non enregistré » while a field shows a refused value (and only then, or after a refused change
// made without a field), « Enregistrement… » while a typed value waits to be saved, « Enregistré »
// once every value typed is saved and every refused one corrected or put back. The
// undo names the change it undoes, and acts only in the tab where it was made: from another tab
// it says where the change is and leads there.
import { shorten } from '../../../shared/format/shorten';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { useShallow } from 'zustand/react/shallow';
import { useEditStore } from './edit-store';
import { lastUndoable, undoLast } from './save-dossier';
import { routeHref, type DossierTab } from '../state/route-store';
import { DOSSIER_TAB_LABELS } from './dossier-tabs';
import { formeOf } from '../../../shared/dossier/workflow-steps';

/** Characters of a change's name shown on the undo button: about two lines of the bar. */
const UNDO_LABEL_MAX = 120;

export function SaveBar({ dossier, tab }: { dossier: Dossier; tab: DossierTab }) {
  const saveState = useEditStore((state) => state.saveState);
  const message = useEditStore((state) => state.message);
  const errorOnField = useEditStore((state) => state.errorOnField);
  // The refused values typed in this dossier's fields, in the order they were refused.
  const refused = useEditStore(
    useShallow((state) =>
      Object.entries(state.drafts)
        .filter(([key, draft]) => key.startsWith(`${dossier.id}:`) && draft.error)
        .map(([, draft]) => draft),
    ),
  );
  const refusedFields = refused.length;
  // Typed and not refused, waiting for the pause in typing that saves it: not saved yet.
  const typing = useEditStore((state) =>
    Object.entries(state.drafts).some(([key, draft]) => key.startsWith(`${dossier.id}:`) && !draft.error),
  );
  const first = refused[0];
  const last = useEditStore((state) => lastUndoable(state.undo, dossier.id));
  const frozen = useEditStore((state) => state.frozenDossierId === dossier.id && state.saveState === 'error');
  // The refusal named in the words under its field, so that it is found from any tab.
  const firstReason = first?.error ? ` ${first.error.replace(/\.?$/, '.')}` : '';
  const status =
    saveState === 'saving' || (typing && refusedFields === 0)
      ? 'Enregistrement…'
      : refusedFields > 0
        ? `Non enregistré —${
            refusedFields === 1
              ? `${firstReason} Corrigez la valeur ou remettez celle d’avant.`
              : ` ${refusedFields} valeurs saisies sont refusées ; la première :${firstReason} Corrigez-les ou remettez les valeurs d’avant (raison sous chaque champ).`
          }`
        : saveState === 'error' && !errorOnField
          ? `Non enregistré${message ? ` — ${message}` : ''}`
          : 'Enregistré';
  const refusedElsewhere = first?.tab && first.tab !== tab ? first.tab : null;
  const inError = status.startsWith('Non enregistré');
  const elsewhere = last && last.tab !== null && last.tab !== tab ? last.tab : null;
  return (
    <div className="ctai-savebar fr-mb-2w">
      <p id="etat-enregistrement" role="status" className={`fr-mb-0 ${inError ? 'fr-error-text' : 'fr-text--sm'}`}>
        {status}
        {refusedElsewhere && (
          <>
            {' '}
            <a href={routeHref({ screen: 'dossier', id: dossier.id, tab: refusedElsewhere })}>
              Aller à l’onglet {DOSSIER_TAB_LABELS[refusedElsewhere]}
            </a>
          </>
        )}
      </p>
      {/* A PTAI's convention has no avenant: its refusal says to cancel the signature instead. */}
      {frozen && formeOf(dossier) === 'ctai' && (
        <Button
          priority="secondary"
          size="small"
          linkProps={{ href: routeHref({ screen: 'dossier', id: dossier.id, tab: 'contrat' }) }}
        >
          Préparer un avenant
        </Button>
      )}
      {!last ? (
        <Button priority="tertiary" size="small" iconId="fr-icon-arrow-go-back-line" disabled>
          Rien à annuler
        </Button>
      ) : elsewhere ? (
        <p className="fr-text--sm fr-mb-0">
          Dernière modification, onglet {DOSSIER_TAB_LABELS[elsewhere]} : {shorten(last.label, UNDO_LABEL_MAX)}.{' '}
          <a href={routeHref({ screen: 'dossier', id: dossier.id, tab: elsewhere })}>
            Aller à l’onglet {DOSSIER_TAB_LABELS[elsewhere]} pour l’annuler
          </a>
        </p>
      ) : (
        <Button
          priority="tertiary"
          size="small"
          iconId="fr-icon-arrow-go-back-line"
          onClick={() => void undoLast(dossier)}
        >
          {/* A change of a long text would make the button wider than the page. */}
          {`Annuler : ${shorten(last.label, UNDO_LABEL_MAX)}`}
        </Button>
      )}
    </div>
  );
}
