// The dossiers to send, picked one by one from a list that a filter (name or code) narrows; « Tout
// cocher » acts on the dossiers shown.
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMemo, useState } from 'react';
import { searchKey } from '../../../shared/text/search-key';
import type { DossierRow } from '../../db/records';

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
  const shown = useMemo(() => {
    const key = searchKey(filter);
    return key ? rows.filter((row) => searchKey(`${row.nom} ${row.code}`).includes(key)) : rows;
  }, [rows, filter]);
  const allShown = shown.length > 0 && shown.every((row) => selected.has(row.id));

  function toggle(ids: string[], on: boolean) {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  }

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
                  ? 'Tout cocher'
                  : shown.length === 1
                    ? 'Cocher le dossier affiché'
                    : `Tout cocher parmi les ${shown.length} dossiers affichés`,
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
          options={shown.map((row) => ({
            label: `${row.nom} (${row.code || 'saisie libre'})`,
            nativeInputProps: {
              checked: selected.has(row.id),
              onChange: () => toggle([row.id], !selected.has(row.id)),
            },
          }))}
        />
      </div>
    </fieldset>
  );
}
