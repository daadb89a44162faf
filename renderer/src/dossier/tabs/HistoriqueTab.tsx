import { shorten } from '../../../../shared/format/shorten';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useState } from 'react';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { historyLine } from '../../../../shared/sync/change-words';
import type { DetailedHistoryEntry } from '../../../../shared/sync/dossier-doc';
import { getDetailedHistory } from '../../../db/dossiers-repository';
import { repositoryContext } from '../../state/repository-context';
import { dateHeure } from '../../../../shared/format/dates';

function siteOf(entry: DetailedHistoryEntry): string {
  return entry.author?.site || 'Site non renseigné';
}

export function HistoriqueTab({ dossier }: { dossier: Dossier }) {
  const [entries, setEntries] = useState<DetailedHistoryEntry[] | null>(null);
  const [field, setField] = useState('');
  const [site, setSite] = useState('');
  useEffect(() => {
    let live = true;
    void getDetailedHistory(repositoryContext(), dossier.id).then((loaded) => live && setEntries(loaded));
    return () => {
      live = false;
    };
  }, [dossier.id, dossier.updatedAt]);
  if (entries === null) return <p>Chargement de l’historique…</p>;
  if (entries.length === 0) return <p>Aucune modification n’a encore été enregistrée pour ce dossier.</p>;
  const labels = [
    ...new Set(entries.flatMap((entry) => entry.changes.map((change) => historyLine(change).champ))),
  ].sort();
  const sites = [...new Set(entries.map((entry) => siteOf(entry)))].sort();
  const rows = entries
    .slice()
    .reverse()
    .flatMap((entry) =>
      (entry.changes.length ? entry.changes : [null]).map((change) => ({
        entry,
        line: change ? historyLine(change) : { champ: '', avant: '', apres: '' },
      })),
    )
    .filter((row) => (!field || row.line.champ === field) && (!site || siteOf(row.entry) === site));
  return (
    <>
      <div className="ctai-grid">
        <Select
          label="Filtrer par site"
          hint="Le site (préfecture ou sous-préfecture) où chaque modification a été faite"
          nativeSelectProps={{ value: site, onChange: (event) => setSite(event.target.value) }}
        >
          <option value="">Tous les sites</option>
          {sites.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
        <Select
          label="Filtrer par champ"
          nativeSelectProps={{ value: field, onChange: (event) => setField(event.target.value) }}
        >
          <option value="">Tous les champs</option>
          {labels.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div className="fr-table ctai-history">
        <table>
          <caption>Historique des modifications ({rows.length})</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Site</th>
              <th scope="col">Auteur</th>
              <th scope="col">Modification</th>
              <th scope="col">Champ</th>
              <th scope="col">Ancienne valeur</th>
              <th scope="col">Nouvelle valeur</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, line }, index) => (
              <tr key={`${entry.hash}-${index}`}>
                <td>{dateHeure(entry.time)}</td>
                <td>{siteOf(entry)}</td>
                <td>{entry.author ? entry.author.nom : 'Inconnu'}</td>
                <td>{entry.summary}</td>
                <td>{line.champ}</td>
                <td>
                  <HistoryValue value={line.avant} />
                </td>
                <td>
                  <HistoryValue value={line.apres} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Characters of a value shown at once: a long text (objectifs, a pasted page) behind « Voir tout ». */
const VALUE_SHOWN = 200;

/** A value of the history: whole when short; else its beginning, the whole one a click away. */
function HistoryValue({ value }: { value: string }) {
  if (value.length <= VALUE_SHOWN) return <>{value}</>;
  return (
    <details>
      <summary>{shorten(value, VALUE_SHOWN)}</summary>
      {value}
    </details>
  );
}
