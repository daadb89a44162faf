// Fields that two sites changed at the same time: both values are shown and the agent keeps one.
// The choice is itself a change, which travels in the next exchange.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { dottedFieldLabel, parsePath } from '../../../shared/dossier/field-path';
import { readableValue } from '../../../shared/dossier/field-values';
import type { FieldConflict } from '../../../shared/sync/merge-dossier';
import { getDossierConflicts } from '../../db/dossiers-repository';
import { repositoryContext } from '../state/repository-context';
import { saveEdits } from './save-dossier';

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
                {dottedFieldLabel(conflict.path)} :{' '}
                {conflict.values.map((value, index) => (
                  <Button
                    key={index}
                    size="small"
                    priority="secondary"
                    className="fr-mr-1w"
                    onClick={() =>
                      void saveEdits(
                        dossier,
                        [{ op: 'set', path: parsePath(conflict.path), value }],
                        `Conflit arbitré : ${dottedFieldLabel(conflict.path)}`,
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
