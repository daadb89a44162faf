// Fields that two sites changed at the same time: both values are shown and the agent keeps one.
// The choice is itself a change, which travels in the next exchange.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { dottedFieldLabel, parsePath } from '../../../shared/dossier/field-path';
import { readableValue } from '../../../shared/dossier/field-values';
import type { ConflictChoice, FieldConflict } from '../../../shared/sync/merge-dossier';
import { dateHeure } from '../../../shared/format/dates';
import { getDossierConflicts } from '../../db/dossiers-repository';
import { repositoryContext } from '../state/repository-context';
import { saveEdits } from './save-dossier';

function writtenBy({ author, time }: ConflictChoice): string {
  const who = author ? `${author.nom || 'agent sans nom'} (${author.site || 'site inconnu'})` : 'un auteur inconnu';
  return `saisi par ${who}${time ? `, le ${dateHeure(time)}` : ''}`;
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
          <>
            <p>
              Deux sites ont changé le même champ en même temps. Choisissez la valeur à garder : votre choix partira
              dans le prochain échange.
            </p>
            <ul>
              {conflicts.map((conflict) => (
                <li key={conflict.path}>
                  {dottedFieldLabel(conflict.path)} :
                  <ul>
                    {conflict.choices.map((choice, index) => (
                      <li key={index} className="fr-mt-1w">
                        <Button
                          size="small"
                          priority="secondary"
                          className="fr-mr-1w"
                          onClick={() =>
                            void saveEdits(
                              dossier,
                              [{ op: 'set', path: parsePath(conflict.path), value: choice.value }],
                              `Conflit arbitré : ${dottedFieldLabel(conflict.path)}`,
                            )
                          }
                        >
                          Garder « {readableValue(conflict.path, choice.value)} »
                        </Button>
                        {writtenBy(choice)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        }
      />
    </div>
  );
}
