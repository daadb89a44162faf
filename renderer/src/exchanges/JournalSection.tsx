// The exchanges journal: every import and export, with its correspondent, dossiers, result and hash.
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { dateHeure } from '../../../shared/format/dates';

export function JournalSection() {
  const rows =
    useLiveQuery(async () => await database().journal.orderBy('at').reverse().limit(200).toArray(), []) ?? [];
  return (
    <section aria-labelledby="journal-titre" className="fr-mb-6w">
      <h2 id="journal-titre" className="fr-h4">
        Journal des échanges
      </h2>
      {rows.length === 0 ? (
        <p>Aucun échange pour l’instant.</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption>Imports et exports ({rows.length})</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Sens</th>
                <th scope="col">Correspondant</th>
                <th scope="col">Dossiers</th>
                <th scope="col">Résultat</th>
                <th scope="col">Empreinte du fichier</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{dateHeure(row.at)}</td>
                  <td>{row.direction === 'import' ? 'Import' : 'Export'}</td>
                  <td>{row.correspondent || '—'}</td>
                  <td>{row.dossiers.length}</td>
                  <td>{row.result}</td>
                  <td>
                    <code className="ctai-hash">{row.fileSha256 ? `${row.fileSha256.slice(0, 16)}…` : '—'}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
