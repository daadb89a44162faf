// The dossiers to send, picked one by one from a list that a filter (name or code) narrows; « Tout
// cocher » acts on every dossier the filter keeps. Only the first LISTED are drawn, so that the
// screen opens at once with thousands of dossiers.
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMemo, useState } from 'react';
import { searchKey } from '../../../shared/text/search-key';
import type { DossierRow } from '../../db/records';
import { accordNombre, compte } from '../../../shared/format/plural';

const LISTED = 100;

export function DossierChecklist({
  rows,
  selected,
  onChange,
}: {
  rows: DossierRow[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}) {
  const [filter, setFilter] = useState('');
  // Each row's search key once per list, not once per keystroke.
  const keyed = useMemo(() => rows.map((row) => ({ row, key: searchKey(`${row.nom} ${row.code}`) })), [rows]);
  const shown = useMemo(() => {
    const wanted = searchKey(filter);
    return wanted ? keyed.filter(({ key }) => key.includes(wanted)).map(({ row }) => row) : rows;
  }, [keyed, rows, filter]);
  const allShown = shown.length > 0 && shown.every((row) => selected.has(row.id));

  function toggle(ids: string[], on: boolean) {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  }

  if (rows.length === 0) return <p>Aucun dossier à envoyer pour l’instant.</p>;
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend fr-text--regular">Dossiers choisis</legend>
      {/* Each part on its own row of the design system's fieldset (a wrapping flex box). */}
      <div className="fr-fieldset__element">
        <Input
          label="Filtrer la liste"
          hintText="Nom de la collectivité ou code (commune, EPCI, département)"
          nativeInputProps={{ type: 'search', value: filter, onChange: (e) => setFilter(e.target.value) }}
        />
      </div>
      <div className="fr-fieldset__element">
        {shown.length === 0 ? (
          <p className="fr-text--sm">Aucun dossier ne correspond à ce filtre.</p>
        ) : (
          <Checkbox
            small
            options={[
              {
                label: !filter.trim()
                  ? `Tout cocher (${compte(shown.length, 'dossier')})`
                  : shown.length === 1
                    ? 'Cocher le dossier trouvé'
                    : `Cocher les ${shown.length} dossiers trouvés`,
                nativeInputProps: {
                  checked: allShown,
                  onChange: () =>
                    toggle(
                      shown.map((row) => row.id),
                      !allShown,
                    ),
                },
              },
            ]}
          />
        )}
      </div>
      <div className="fr-fieldset__element ctai-checklist">
        <Checkbox
          small
          options={shown.slice(0, LISTED).map((row) => ({
            label: `${row.nom} (${row.code || 'saisie libre'})`,
            nativeInputProps: {
              checked: selected.has(row.id),
              onChange: () => toggle([row.id], !selected.has(row.id)),
            },
          }))}
        />
      </div>
      {shown.length > LISTED && (
        <p className="fr-fieldset__element fr-text--sm">
          {shown.length - LISTED === 1
            ? 'Un autre dossier n’est pas listé'
            : `${shown.length - LISTED} autres dossiers ne sont pas listés`}{' '}
          : précisez le filtre pour {accordNombre(shown.length - LISTED, 'le', 'les')} voir.
        </p>
      )}
    </fieldset>
  );
}
