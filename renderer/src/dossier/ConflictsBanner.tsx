// Fields that two sites changed at the same time: both values are shown and the agent keeps one.
// The choice is itself a change, which travels in the next exchange.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { fieldLabel } from '../../../shared/dossier/field-labels';
import { readableValue } from '../../../shared/dossier/field-values';
import type { FieldConflict } from '../../../shared/sync/merge-dossier';
import { getDossierConflicts } from '../../db/dossiers-repository';
import { repositoryContext } from '../state/repository-context';
import { saveEdits } from './save-dossier';

function pathOf(dotted: string): (string | number)[] {
  return dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function ConflictsBanner({ dossier }: { dossier: Dossier }) {
  const [conflicts, setConflicts] = useState<FieldConflict[]>([]);
  useEffect(() => {
    let live = true;
    void getDossierConflicts(repositoryContext(), dossier.id).then((found) => live && setConflicts(found));
    return () => {
      live = false;
    };
  }, [dossier.id, dossier.updatedAt]);
  if (conflicts.length === 0) return null;
  return (
    <div className="fr-mb-3w">
      <Alert
        as="h2"
        severity="warning"
        title={`Modifications concurrentes à arbitrer (${conflicts.length})`}
        description={
          <ul>
            {conflicts.map((conflict) => (
              <li key={conflict.path}>
                {fieldLabel(pathOf(conflict.path))} :{' '}
                {conflict.values.map((value, index) => (
                  <Button
                    key={index}
                    size="small"
                    priority="secondary"
                    className="fr-mr-1w"
                    onClick={() =>
                      void saveEdits(
                        dossier,
                        [{ op: 'set', path: pathOf(conflict.path), value }],
                        `Conflit arbitré : ${fieldLabel(pathOf(conflict.path))}`,
                      )
                    }
                  >
                    Garder « {readableValue(conflict.path, value)} »
                  </Button>
                ))}
              </li>
            ))}
          </ul>
        }
      />
    </div>
  );
}
