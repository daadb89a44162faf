// The dashboard's to-do list: what is late, then what is due within 30 days, on every dossier
// of the base (from the summaries' follow-up facts), each linked to the tab where it is done.
// The first few lines only, so that the charts stay on the laptop's first screen: the rest behind
// a disclosure, and the Dossiers list filtered on its échéances one link away.
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { DossierSummary } from '../../../shared/dossier/dossier-figures';
import type { DossierFilter } from '../../../shared/dossier/dossier-filter';
import { dueFromFacts, isDueSoon, SOON_DAYS, type DueItem } from '../../../shared/dossier/follow-up';
import { routeHref } from '../state/route-store';
import { accordNombre, compte } from '../../../shared/format/plural';

/** How many lines show before the disclosure: a laptop's screen keeps room for a chart beside. */
const SHOWN = 8;

type Row = Pick<DossierSummary, 'id' | 'nom' | 'numero' | 'suivi'>;
type Line = { row: Row; item: DueItem };

export function ToDoList({
  rows,
  today,
  openList,
}: {
  rows: readonly Row[];
  today: string;
  /** Opens the Dossiers list filtered on an échéance state. */
  openList: (echeance: DossierFilter['echeance']) => void;
}) {
  const items: Line[] = [];
  for (const row of rows)
    for (const item of dueFromFacts(row.suivi ?? null, today))
      if (item.etat === 'depassee' || isDueSoon(item, today)) items.push({ row, item });
  items.sort(
    (a, b) =>
      Number(b.item.etat === 'depassee') - Number(a.item.etat === 'depassee') ||
      a.item.echeance.localeCompare(b.item.echeance) ||
      a.row.nom.localeCompare(b.row.nom, 'fr'),
  );
  const late = items.filter(({ item }) => item.etat === 'depassee').length;
  const rest = items.slice(SHOWN);
  return (
    <section aria-labelledby="a-faire">
      <h2 id="a-faire" className="fr-h5 fr-mb-1w">
        À faire
      </h2>
      {items.length === 0 ? (
        <p>Rien n’est en retard ni attendu dans les {SOON_DAYS} jours.</p>
      ) : (
        <>
          <p className="fr-text--sm fr-mb-1w">
            <ListLink onOpen={() => openList('depassee')} disabled={late === 0}>
              {compte(late, 'échéance dépassée', 'échéances dépassées')}
            </ListLink>
            ,{' '}
            <ListLink onOpen={() => openList('bientot')} disabled={items.length === late}>
              {`${items.length - late} ${accordNombre(items.length - late, 'attendue')} dans les ${SOON_DAYS} jours`}
            </ListLink>
            .
          </p>
          <ToDoLines lines={items.slice(0, SHOWN)} />
          {rest.length > 0 && (
            <details className="ctai-disclosure">
              <summary>
                {rest.length === 1 ? 'Voir l’autre échéance' : `Voir les ${rest.length} autres échéances`}
              </summary>
              <ToDoLines lines={rest} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** A count that opens the Dossiers list on it; plain text when it counts nothing. */
function ListLink({ onOpen, disabled, children }: { onOpen: () => void; disabled: boolean; children: string }) {
  if (disabled) return <>{children}</>;
  return (
    <a
      href="#/dossiers"
      onClick={(event) => {
        event.preventDefault();
        onOpen();
      }}
    >
      {children}
    </a>
  );
}

function ToDoLines({ lines }: { lines: readonly Line[] }) {
  return (
    <ul className="ctai-todo fr-text--sm fr-mb-1w">
      {lines.map(({ row, item }) => (
        <li key={`${row.id}-${item.kind}-${item.annee}`}>
          {item.etat === 'depassee' && (
            <Badge severity="error" small noIcon className="fr-mr-1w">
              En retard
            </Badge>
          )}
          {/* The number tells apart two lines alike (« Bilan 2025 » of two dossiers of one name). */}
          <a href={routeHref({ screen: 'dossier', id: row.id, tab: item.tab })}>
            {row.nom}
            {row.numero && ` (n° ${row.numero})`} : {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
