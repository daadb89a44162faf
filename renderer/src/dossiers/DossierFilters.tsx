import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import {
  COLLECTIVITE_TYPES,
  COLLECTIVITE_TYPE_LABELS,
  type CollectiviteType,
} from '../../../shared/dossier/collectivite-type';
import type { DossierFilter } from '../../../shared/dossier/dossier-filter';
import {
  BEFORE_FIRST_STEP_LABEL,
  FORME_LABELS,
  FORMES,
  STEP_LABELS,
  STEPS,
  type Forme,
} from '../../../shared/dossier/workflow-steps';
import { AXES, AXE_LABELS, type Axe } from '../../../shared/dossier/axes';
import { useListStore } from './list-store';
import { compte } from '../../../shared/format/plural';

const ECHEANCE_LABELS = { depassee: 'Échéance dépassée', bientot: 'Échéance dans les 30 jours' } as const;

export function DossierFilters({
  regions,
  departements,
  annees,
}: {
  regions: { code: string; nom: string }[];
  departements: { code: string; nom: string }[];
  annees: number[];
}) {
  const { filter, setFilter, reset, filtersOpen, setFiltersOpen } = useListStore();
  // Each filter in force, in words: the folded panel says which, not only how many (a chart's
  // bar opens the list filtered on it).
  const active = [
    filter.etape === 'aucune' ? BEFORE_FIRST_STEP_LABEL : filter.etape && STEP_LABELS[filter.etape],
    filter.forme && FORME_LABELS[filter.forme],
    filter.type && COLLECTIVITE_TYPE_LABELS[filter.type],
    filter.region && (regions.find((region) => region.code === filter.region)?.nom ?? filter.region),
    filter.departement &&
      (departements.find((departement) => departement.code === filter.departement)?.nom ?? filter.departement),
    filter.axe && AXE_LABELS[filter.axe],
    filter.annee !== null && String(filter.annee),
    filter.echeance && ECHEANCE_LABELS[filter.echeance],
  ].filter((name): name is string => typeof name === 'string' && name !== '');
  return (
    <form
      role="search"
      aria-label="Rechercher et filtrer les dossiers"
      onSubmit={(event) => event.preventDefault()}
      className="fr-mb-1w"
    >
      <Input
        label="Rechercher une collectivité ou un numéro de dossier"
        hintText="Nom (« st flour » trouve Saint-Flour), code INSEE, SIREN ou numéro CTAI-…"
        nativeInputProps={{
          type: 'search',
          value: filter.query,
          onChange: (event) => setFilter({ query: event.target.value }),
        }}
      />
      {/* Folded by default, so that the results show right under the search while typing. */}
      <details
        className="ctai-filters"
        open={filtersOpen}
        onToggle={(event) => setFiltersOpen(event.currentTarget.open)}
      >
        <summary>Filtres{active.length ? ` (${compte(active.length, 'actif')} : ${active.join(', ')})` : ''}</summary>
        <div className="ctai-grid">
          <Select
            label="Étape"
            nativeSelectProps={{
              value: filter.etape,
              onChange: (event) => setFilter({ etape: event.target.value as DossierFilter['etape'] }),
            }}
          >
            <option value="">Toutes les étapes</option>
            <option value="aucune">{BEFORE_FIRST_STEP_LABEL}</option>
            {STEPS.map((step) => (
              <option key={step} value={step}>
                {STEP_LABELS[step]}
              </option>
            ))}
          </Select>
          <Select
            label="Forme"
            nativeSelectProps={{
              value: filter.forme,
              onChange: (event) => setFilter({ forme: event.target.value as Forme | '' }),
            }}
          >
            <option value="">Contrats et projets territoriaux</option>
            {FORMES.map((forme) => (
              <option key={forme} value={forme}>
                {FORME_LABELS[forme]}
              </option>
            ))}
          </Select>
          <Select
            label="Type de collectivité"
            nativeSelectProps={{
              value: filter.type,
              onChange: (event) => setFilter({ type: event.target.value as CollectiviteType | '' }),
            }}
          >
            <option value="">Tous les types</option>
            {COLLECTIVITE_TYPES.map((type) => (
              <option key={type} value={type}>
                {COLLECTIVITE_TYPE_LABELS[type]}
              </option>
            ))}
          </Select>
          <Select
            label="Région"
            nativeSelectProps={{
              value: filter.region,
              onChange: (event) => setFilter({ region: event.target.value }),
            }}
          >
            <option value="">Toutes les régions</option>
            {regions.map(({ code, nom }) => (
              <option key={code} value={code}>
                {nom}
              </option>
            ))}
          </Select>
          <Select
            label="Département"
            nativeSelectProps={{
              value: filter.departement,
              onChange: (event) => setFilter({ departement: event.target.value }),
            }}
          >
            <option value="">Tous les départements</option>
            {departements.map(({ code, nom }) => (
              <option key={code} value={code}>
                {code} — {nom}
              </option>
            ))}
          </Select>
          <Select
            label="Axe d’une action"
            nativeSelectProps={{
              value: filter.axe,
              onChange: (event) => setFilter({ axe: event.target.value as Axe | '' }),
            }}
          >
            <option value="">Tous les axes</option>
            {AXES.map((axe) => (
              <option key={axe} value={axe}>
                {AXE_LABELS[axe]}
              </option>
            ))}
          </Select>
          <Select
            label="Année de financement"
            nativeSelectProps={{
              value: filter.annee ?? '',
              onChange: (event) => setFilter({ annee: event.target.value ? Number(event.target.value) : null }),
            }}
          >
            <option value="">Toutes les années</option>
            {annees.map((annee) => (
              <option key={annee} value={annee}>
                {annee}
              </option>
            ))}
          </Select>
          <Select
            label="Échéances"
            nativeSelectProps={{
              value: filter.echeance,
              onChange: (event) => setFilter({ echeance: event.target.value as DossierFilter['echeance'] }),
            }}
          >
            <option value="">Toutes</option>
            <option value="depassee">{ECHEANCE_LABELS.depassee}</option>
            <option value="bientot">{ECHEANCE_LABELS.bientot}</option>
          </Select>
        </div>
        <Button priority="tertiary" size="small" type="button" onClick={reset}>
          Effacer les filtres
        </Button>
      </details>
    </form>
  );
}
