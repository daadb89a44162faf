import { Button } from '@codegouvfr/react-dsfr/Button';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { filterDossiers, sortDossiers } from '../../../shared/dossier/dossier-filter';
import { database } from '../../db/database';
import { listDossiers } from '../../db/dossiers-repository';
import { DossierFilters } from '../dossiers/DossierFilters';
import { useListStore } from '../dossiers/list-store';
import { VirtualDossierTable } from '../dossiers/VirtualDossierTable';
import { routeHref } from '../state/route-store';
import { ScreenTitle } from './ScreenTitle';

export function DossiersScreen() {
  const rows = useLiveQuery(() => listDossiers(database()), []);
  const filter = useDeferredValue(useListStore((state) => state.filter));
  const sort = useListStore((state) => state.sort);
  const today = new Date().toISOString().slice(0, 10);
  const shown = useMemo(
    () => (rows ? sortDossiers(filterDossiers(rows, filter, today), sort) : []),
    [rows, filter, sort, today],
  );
  const departements = useMemo(() => {
    const seen = new Map<string, string>();
    for (const row of rows ?? []) if (row.departement) seen.set(row.departement, row.departementNom);
    return [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, nom]) => ({ code, nom }));
  }, [rows]);
  const annees = useMemo(() => [...new Set((rows ?? []).flatMap((row) => row.annees))].sort(), [rows]);
  return (
    <>
      <ScreenTitle>Dossiers</ScreenTitle>
      <Button iconId="fr-icon-add-line" linkProps={{ href: routeHref({ screen: 'nouveau-dossier' }) }}>
        Nouveau dossier
      </Button>
      {rows === undefined ? (
        <p>Chargement…</p>
      ) : rows.length === 0 ? (
        <p className="fr-mt-3w">Aucun dossier pour l’instant. Créez le premier avec « Nouveau dossier ».</p>
      ) : (
        <div className="fr-mt-3w">
          <DossierFilters departements={departements} annees={annees} />
          <p role="status" className="fr-text--sm">
            {shown.length === rows.length
              ? `${rows.length} dossiers`
              : `${shown.length} dossiers sur ${rows.length} correspondent à la recherche`}
          </p>
          <VirtualDossierTable rows={shown} total={rows.length} />
        </div>
      )}
    </>
  );
}
