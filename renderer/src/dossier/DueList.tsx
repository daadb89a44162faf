// What is due on a dossier (shared/dossier/follow-up.ts), each item linked to the tab where it
// is recorded; past items first marked « en retard ».
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { dueItems } from '../../../shared/dossier/follow-up';
import { routeHref } from '../state/route-store';

/** « Prochaines échéances »: the titled section of what is due on the dossier (Synthèse, Suivi). */
export function DueSection({ dossier }: { dossier: Dossier }) {
  return (
    <section aria-labelledby="prochaines-echeances" className="fr-mb-3w">
      <h2 id="prochaines-echeances" className="fr-h5">
        Prochaines échéances
      </h2>
      <DueList dossier={dossier} />
    </section>
  );
}

function DueList({ dossier, today = new Date().toISOString().slice(0, 10) }: { dossier: Dossier; today?: string }) {
  const items = dueItems(dossier, today);
  if (items.length === 0)
    return (
      <p>
        {dossier.workflow.etape === 'suivi'
          ? 'Rien n’est attendu pour le moment.'
          : 'Les échéances du suivi (bilans, comptes rendus financiers, comités) commencent à la signature du contrat.'}
      </p>
    );
  return (
    <ul className="ctai-due-list">
      {items.map((item) => (
        <li key={`${item.kind}-${item.annee}`}>
          {item.etat === 'depassee' && (
            <Badge severity="error" small noIcon className="fr-mr-1w">
              En retard
            </Badge>
          )}
          <a href={routeHref({ screen: 'dossier', id: dossier.id, tab: item.tab })}>{item.label}</a>
        </li>
      ))}
    </ul>
  );
}
