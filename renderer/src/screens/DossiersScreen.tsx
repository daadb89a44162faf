import { Button } from '@codegouvfr/react-dsfr/Button';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { EMPTY_FILTER, filterDossiers, sortDossiers } from '../../../shared/dossier/dossier-filter';
import { regionOf } from '../../../shared/referentiel/region-of';
import { REGIONS } from '../../../shared/referentiel/regions';
import { database } from '../../db/database';
import { firstDossiersByName, listDossiers } from '../../db/dossier-list';
import { FIRST_ROWS, takeFirstRowsReadAtStart } from '../dossiers/first-rows';
import { DossierFilters } from '../dossiers/DossierFilters';
import { useListStore } from '../dossiers/list-store';
import { sortSentence, VirtualDossierTable } from '../dossiers/VirtualDossierTable';
import { routeHref } from '../state/route-store';
import { ScreenTitle } from './ScreenTitle';
import { accordNombre, compte } from '../../../shared/format/plural';
import { identifiantsOf } from '../../../shared/programme/programme-facts';
import { engagedDossiers, territoriesOf } from '../../../shared/programme/programme-report';

/**
 * The list shows as soon as the count and the first rows by name are read (an index read, as
 * quick for 10 000 dossiers as for 100); every row is then read, for the filters, the other
 * sorts and scrolling further. Until then, a filter or another sort says it is loading.
 */
export function DossiersScreen() {
  // Shown at start, the screen has its first rows already (first-rows.ts) until its query answers.
  const [readAtStart] = useState(takeFirstRowsReadAtStart);
  const first = useLiveQuery(() => firstDossiersByName(database(), FIRST_ROWS), []) ?? readAtStart;
  // Every row is read once the first ones are painted (their reading would hold the first paint).
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!first || painted) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(frame);
  }, [first, painted]);
  const rows = useLiveQuery(() => (painted ? listDossiers(database()) : undefined), [painted]);
  const filter = useDeferredValue(useListStore((state) => state.filter));
  const sort = useListStore((state) => state.sort);
  const direction = useListStore((state) => state.direction);
  const today = new Date().toISOString().slice(0, 10);
  const shown = useMemo(
    () => (rows ? sortDossiers(filterDossiers(rows, filter, today), sort, direction) : null),
    [rows, filter, sort, direction, today],
  );
  const departements = useMemo(() => {
    const seen = new Map<string, string>();
    for (const row of rows ?? []) if (row.departement) seen.set(row.departement, row.departementNom);
    return [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, nom]) => ({ code, nom }));
  }, [rows]);
  const regions = useMemo(() => {
    const codes = new Set((rows ?? []).map(regionOf).filter(Boolean));
    return [...codes]
      .map((code) => ({ code, nom: REGIONS[code]?.[0] ?? code }))
      .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  }, [rows]);
  const annees = useMemo(() => [...new Set((rows ?? []).flatMap((row) => row.annees))].sort(), [rows]);
  const total = rows?.length ?? first?.total;
  // A filtered list also says how many territories engaged it holds, as the dashboard counts
  // them (once per collectivité): a bar of « Territoires engagés par région » opens this list.
  const territoires = useMemo(
    () =>
      shown && shown.length < (total ?? 0)
        ? territoriesOf(engagedDossiers(shown).map((row) => ({ identifiants: identifiantsOf(row) }))).length
        : null,
    [shown, total],
  );
  // Before every row is read, the first ones stand for the list in its first order only.
  const firstOrder = filter === EMPTY_FILTER && sort === 'nom';
  const list = shown
    ? { rows: shown, count: shown.length }
    : first && firstOrder
      ? { rows: direction === 'asc' ? first.rows : [], count: first.total }
      : null;
  return (
    <>
      {/* Title and button on one line: on a laptop screen the list starts higher. */}
      <div className="ctai-screen-head">
        <ScreenTitle>Dossiers</ScreenTitle>
        <Button iconId="fr-icon-add-line" linkProps={{ href: routeHref({ screen: 'nouveau-dossier' }) }}>
          Nouveau dossier
        </Button>
      </div>
      {total === undefined ? (
        <p>Chargement…</p>
      ) : total === 0 ? (
        <p className="fr-mt-3w">Aucun dossier pour l’instant. Créez le premier avec « Nouveau dossier ».</p>
      ) : (
        <div className="fr-mt-1w">
          <DossierFilters regions={regions} departements={departements} annees={annees} />
          <p role="status" className="fr-text--sm fr-mb-1w">
            {!list
              ? 'Lecture de tous les dossiers…'
              : list.count === total
                ? compte(total, 'dossier')
                : `${compte(list.count, 'dossier')} sur ${total.toLocaleString('fr-FR')} ${accordNombre(list.count, 'correspond', 'correspondent')} à la recherche${territoires === null ? '' : ` (${compte(territoires, 'territoire engagé', 'territoires engagés')})`}`}
            {/* A live region: a click on a column's name is read out as the order it gives. */}
            {list && list.count > 1 && `, ${sortSentence(sort, direction)}`}
          </p>
          {list && <VirtualDossierTable rows={list.rows} count={list.count} total={total} />}
        </div>
      )}
    </>
  );
}
