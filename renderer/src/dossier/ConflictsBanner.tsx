// Fields that two sites changed at the same time: both values are shown and the agent keeps one.
// Items one site deleted while another edited them: the agent keeps the deletion or brings the
// item back as edited. Each choice is itself a change, which travels in the next exchange.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { parsePath } from '../../../shared/dossier/field-path';
import { deletionConflictSentence, fieldConflictWords, writtenBy } from '../../../shared/sync/change-words';
import type { FieldConflict } from '../../../shared/sync/merge-dossier';
import { getDeletionConflicts, getDossierConflicts } from '../../db/dossiers-repository';
import { resolveDeletion, type DeletionConflict } from '../../../shared/sync/tombstones';
import { repositoryContext } from '../state/repository-context';
import { saveEdits } from './save-dossier';

function DeletionsBanner({ dossier, conflicts }: { dossier: Dossier; conflicts: DeletionConflict[] }) {
  return (
    <Alert
      as="h2"
      severity="warning"
      title={`Éléments supprimés sur un site et modifiés sur un autre (${conflicts.length})`}
      className="fr-mb-3w"
      description={
        <>
          <p>
            Un site a supprimé ces éléments pendant qu’un autre les modifiait. Gardez la suppression, ou rétablissez
            l’élément tel qu’il a été modifié : votre choix partira dans le prochain échange.
          </p>
          <ul>
            {conflicts.map((conflict) => {
              const settle = (choice: 'keep-deletion' | 'restore', summary: string) =>
                void saveEdits(dossier, resolveDeletion(conflict, choice), `${summary} : ${conflict.libelle}`);
              return (
                <li key={conflict.index} className="fr-mb-1w">
                  {deletionConflictSentence(conflict)}
                  <div className="fr-btns-group fr-btns-group--inline-sm fr-mt-1w">
                    <Button
                      size="small"
                      priority="secondary"
                      onClick={() => settle('keep-deletion', 'Suppression gardée')}
                    >
                      Garder la suppression<span className="fr-sr-only"> : {conflict.libelle}</span>
                    </Button>
                    {conflict.list && (
                      <Button
                        size="small"
                        priority="secondary"
                        onClick={() => settle('restore', 'Élément rétabli tel que modifié')}
                      >
                        Rétablir l’élément modifié<span className="fr-sr-only"> : {conflict.libelle}</span>
                      </Button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      }
    />
  );
}

export function ConflictsBanner({ dossier }: { dossier: Dossier }) {
  const [conflicts, setConflicts] = useState<FieldConflict[]>([]);
  const [deletions, setDeletions] = useState<DeletionConflict[]>([]);
  useEffect(() => {
    let live = true;
    const context = repositoryContext();
    void getDossierConflicts(context, dossier.id).then((found) => live && setConflicts(found));
    void getDeletionConflicts(context, dossier.id).then((found) => live && setDeletions(found));
    return () => {
      live = false;
    };
  }, [dossier.id, dossier.updatedAt]);
  if (conflicts.length === 0 && deletions.length === 0) return null;
  return (
    <div className="fr-mb-3w">
      {deletions.length > 0 && <DeletionsBanner dossier={dossier} conflicts={deletions} />}
      {conflicts.length > 0 && (
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
                {conflicts.map((conflict) => {
                  const words = fieldConflictWords(conflict);
                  return (
                    <li key={conflict.path}>
                      {words.champ} :
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
                                  `Conflit arbitré : ${words.champ}`,
                                )
                              }
                            >
                              {words.choix[index]}
                            </Button>
                            {writtenBy(choice)}
                          </li>
                        ))}
                      </ul>
                    </li>
                  );
                })}
              </ul>
            </>
          }
        />
      )}
    </div>
  );
}
