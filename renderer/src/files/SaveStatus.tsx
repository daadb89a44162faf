// What became of a file the agent saved: written (with "Afficher dans le dossier" on the
// desktop), cancelled, or refused by the disk with the reason in French.
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { SaveFileResult } from '../../../shared/platform/platform';
import { platform } from '../../platform';

export interface SaveOutcome {
  message: string;
  location?: string;
}

export function describeSave(result: SaveFileResult, saved: string): SaveOutcome {
  if (result.saved) return { message: saved, ...(result.location ? { location: result.location } : {}) };
  return { message: result.error ?? 'Enregistrement annulé : aucun fichier n’a été écrit.' };
}

export function SaveStatus({ outcome }: { outcome: SaveOutcome | null }) {
  const showInFolder = platform.showInFolder;
  return (
    <div role="status" className="fr-text--sm fr-mt-1w">
      {outcome?.message}
      {outcome?.location && showInFolder && (
        <>
          {' '}
          <Button size="small" priority="tertiary" onClick={() => void showInFolder(outcome.location!)}>
            Afficher dans le dossier
          </Button>
        </>
      )}
    </div>
  );
}
