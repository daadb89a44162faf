// The saving state of the dossier (Enregistré / Enregistrement…) and the undo of the last change.
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { useEditStore } from './edit-store';
import { undoLast } from './save-dossier';
import { routeHref } from '../state/route-store';

const LABELS = { idle: 'Enregistré', saving: 'Enregistrement…', saved: 'Enregistré', error: 'Non enregistré' } as const;

export function SaveBar({ dossier }: { dossier: Dossier }) {
  const saveState = useEditStore((state) => state.saveState);
  const message = useEditStore((state) => state.message);
  const canUndo = useEditStore((state) => state.undo.some((entry) => entry.dossierId === dossier.id));
  const frozen = useEditStore((state) => state.frozenDossierId === dossier.id && state.saveState === 'error');
  return (
    <div className="ctai-savebar fr-mb-2w">
      <p
        id="etat-enregistrement"
        role="status"
        className={`fr-mb-0 ${saveState === 'error' ? 'fr-error-text' : 'fr-text--sm'}`}
      >
        {LABELS[saveState]}
        {message ? ` — ${message}` : ''}
      </p>
      {frozen && (
        <Button
          priority="secondary"
          size="small"
          linkProps={{ href: routeHref({ screen: 'dossier', id: dossier.id, tab: 'contrat' }) }}
        >
          Préparer un avenant
        </Button>
      )}
      <Button
        priority="tertiary"
        size="small"
        iconId="fr-icon-arrow-go-back-line"
        disabled={!canUndo}
        onClick={() => void undoLast(dossier)}
      >
        Annuler la dernière modification
      </Button>
    </div>
  );
}
