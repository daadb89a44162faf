// The exchanges journal: every import and export, with its correspondent, dossiers, result and
// the SHA-256 of the file (to compare with `sha256sum` on the stick).
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { dateHeure } from '../../../shared/format/dates';
import { journalResultText } from './journal-text';
import { compte } from '../../../shared/format/plural';

const SHOWN = 200;
const NAMED = 3;

function dossierNames(ids: string[], names: Map<string, string>): string {
  if (ids.length === 0) return 'Aucun';
  const named = ids.slice(0, NAMED).map((id) => names.get(id) ?? 'dossier supprimé');
  const more = ids.length - named.length;
  return more > 0 ? `${named.join(', ')} et ${compte(more, 'autre')}` : named.join(', ');
}

export function JournalSection() {
  const journal = useLiveQuery(async () => {
    const rows = await database().journal.orderBy('at').reverse().limit(SHOWN).toArray();
    const ids = [...new Set(rows.flatMap((row) => row.dossiers.slice(0, NAMED)))];
    const found = await database().dossiers.bulkGet(ids);
    const names = new Map(found.flatMap((row) => (row ? [[row.id, row.nom] as const] : [])));
    return { rows, names };
  }, []);
  const rows = journal?.rows ?? [];
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
            <caption>
              {rows.length === SHOWN
                ? `Les ${SHOWN} derniers imports et exports`
                : `Imports et exports (${rows.length})`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Sens</th>
                <th scope="col">Correspondant</th>
                <th scope="col">Dossiers</th>
                <th scope="col">Résultat</th>
                <th scope="col">Empreinte SHA-256 du fichier</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{dateHeure(row.at)}</td>
                  <td>{row.direction === 'import' ? 'Import' : 'Export'}</td>
                  <td>{row.correspondent || '—'}</td>
                  <td>{dossierNames(row.dossiers, journal!.names)}</td>
                  <td>{journalResultText(row)}</td>
                  <td>
                    <code className="ctai-hash">{row.fileSha256 || '—'}</code>
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
