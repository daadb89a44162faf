import { Button } from '@codegouvfr/react-dsfr/Button';
import { useLiveQuery } from 'dexie-react-hooks';
import { COLLECTIVITE_TYPE_LABELS } from '../../../shared/dossier/collectivite-type';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { DOSSIER_STATUS_LABELS, STEP_LABELS } from '../../../shared/dossier/workflow-steps';
import { database } from '../../db/database';
import { listDossiers } from '../../db/dossiers-repository';
import { routeHref } from '../state/route-store';
import { ScreenTitle } from './ScreenTitle';

function stepLabel(view: Dossier): string {
  const step = view.workflow.etape ? STEP_LABELS[view.workflow.etape] : 'Avant la lettre d’intention';
  return view.workflow.statut === 'actif'
    ? step
    : `${step} (${DOSSIER_STATUS_LABELS[view.workflow.statut].toLowerCase()})`;
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

export function DossiersScreen() {
  const dossiers = useLiveQuery(() => listDossiers(database()), []);
  return (
    <>
      <ScreenTitle>Dossiers</ScreenTitle>
      <Button iconId="fr-icon-add-line" linkProps={{ href: routeHref({ screen: 'nouveau-dossier' }) }}>
        Nouveau dossier
      </Button>
      {dossiers === undefined ? (
        <p>Chargement…</p>
      ) : dossiers.length === 0 ? (
        <p className="fr-mt-3w">Aucun dossier pour l’instant. Créez le premier avec « Nouveau dossier ».</p>
      ) : (
        <div className="fr-table fr-mt-3w">
          <table>
            <caption>Liste des dossiers ({dossiers.length})</caption>
            <thead>
              <tr>
                <th scope="col">Collectivité</th>
                <th scope="col">Type de collectivité</th>
                <th scope="col">Code</th>
                <th scope="col">Département</th>
                <th scope="col">Étape</th>
                <th scope="col">Créé le</th>
              </tr>
            </thead>
            <tbody>
              {dossiers.map((dossier) => (
                <tr key={dossier.id}>
                  <th scope="row">
                    <a href={routeHref({ screen: 'dossier', id: dossier.id, tab: 'synthese' })}>
                      {dossier.view.collectivite.nom}
                    </a>
                  </th>
                  <td>{COLLECTIVITE_TYPE_LABELS[dossier.type]}</td>
                  <td>
                    {dossier.codeKey}
                    {dossier.view.collectivite.source === 'saisie-libre' && (
                      <p className="fr-badge fr-badge--sm fr-badge--warning">Saisie libre</p>
                    )}
                  </td>
                  <td>{dossier.view.collectivite.departement.nom}</td>
                  <td>{stepLabel(dossier.view)}</td>
                  <td>{dateFormat.format(new Date(dossier.view.createdAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
