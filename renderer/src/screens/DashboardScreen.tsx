import { useLiveQuery } from 'dexie-react-hooks';
import { COLLECTIVITE_TYPES, COLLECTIVITE_TYPE_LABELS } from '../../../shared/dossier/collectivite-type';
import { database } from '../../db/database';
import { ScreenTitle } from './ScreenTitle';

export function DashboardScreen() {
  const dossiers = useLiveQuery(() => database().dossiers.toArray(), []);
  return (
    <>
      <ScreenTitle>Tableau de bord</ScreenTitle>
      {dossiers === undefined ? (
        <p>Chargement…</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption>Dossiers par type de collectivité ({dossiers.length} au total)</caption>
            <thead>
              <tr>
                <th scope="col">Type de collectivité</th>
                <th scope="col">Dossiers</th>
              </tr>
            </thead>
            <tbody>
              {COLLECTIVITE_TYPES.map((type) => (
                <tr key={type}>
                  <th scope="row">{COLLECTIVITE_TYPE_LABELS[type]}</th>
                  <td>{dossiers.filter((dossier) => dossier.type === type).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
