// The dashboard's to-do list: what is late, then what is due within 30 days, on every dossier
// of the base (from the summaries' follow-up facts), each linked to the tab where it is done.
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { DossierSummary } from '../../../shared/dossier/dossier-figures';
import { dueFromFacts, isDueSoon, SOON_DAYS, type DueItem } from '../../../shared/dossier/follow-up';
import { routeHref } from '../state/route-store';
import { accordNombre, compte } from '../../../shared/format/plural';

/** How many lines the list shows; the Dossiers list's filters give the rest. */
const SHOWN = 30;

export function ToDoList({
  rows,
  today,
}: {
  rows: readonly Pick<DossierSummary, 'id' | 'nom' | 'suivi'>[];
  today: string;
}) {
  const items: { row: (typeof rows)[number]; item: DueItem }[] = [];
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
  return (
    <section aria-labelledby="a-faire" className="fr-mb-4w">
      <h2 id="a-faire" className="fr-h4">
        À faire
      </h2>
      {items.length === 0 ? (
        <p>Rien n’est en retard ni attendu dans les {SOON_DAYS} jours.</p>
      ) : (
        <>
          <p>
            {compte(late, 'échéance dépassée', 'échéances dépassées')}, {items.length - late}{' '}
            {accordNombre(items.length - late, 'attendue')} dans les {SOON_DAYS} jours
            {items.length > SHOWN
              ? ` (les ${SHOWN} premières ci-dessous ; filtrez la liste des dossiers pour le reste)`
              : ''}
            .
          </p>
          <ul>
            {items.slice(0, SHOWN).map(({ row, item }) => (
              <li key={`${row.id}-${item.kind}-${item.annee}`}>
                {item.etat === 'depassee' && (
                  <Badge severity="error" small noIcon className="fr-mr-1w">
                    En retard
                  </Badge>
                )}
                <a href={routeHref({ screen: 'dossier', id: row.id, tab: item.tab })}>
                  {row.nom} : {item.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
