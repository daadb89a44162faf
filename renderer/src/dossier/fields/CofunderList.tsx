// Co-funders one per line (name, amount, and a labelled button that removes that one), for an
// action's yearly budget and for a yearly report's spending.
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { valueAt } from '../../../../shared/dossier/field-path';
import type { Path } from '../../../../shared/sync/dossier-doc';
import { DossierField } from './DossierField';
import { DeleteButton } from './ListButtons';

export function CofunderList({
  dossier,
  path,
  context,
  amountLabel = 'Montant du cofinanceur',
  historyWhere,
}: {
  dossier: Dossier;
  /** The list's path ([..., 'cofinanceurs']). */
  path: Path;
  /** What makes labels unique on the page: « 2026 », « Cours de français ». */
  context: string;
  amountLabel?: string;
  /** Where the history says the co-funder was removed from: « budget 2026 de « Cours » ». */
  historyWhere: string;
}) {
  const list = (valueAt(dossier, path) as { nom: string; montant: number }[] | undefined) ?? [];
  const listId = `cofinanceurs-${path.join('-')}`;
  // Said, and focusable: focus comes here once the last co-funder is removed.
  if (list.length === 0)
    return (
      <p id={listId} tabIndex={-1} className="fr-text--sm">
        Aucun cofinanceur ({context}).
      </p>
    );
  return (
    <ul id={listId} tabIndex={-1} className="ctai-cofunders" aria-label={`Cofinanceurs (${context})`}>
      {list.map((cofinanceur, f) => (
        <li key={f} className="ctai-grid ctai-cofunder">
          <DossierField
            dossier={dossier}
            path={[...path, f, 'nom']}
            label={`Cofinanceur ${f + 1} (${context})`}
            hint="Son nom, tel qu’il sera imprimé"
          />
          <DossierField
            dossier={dossier}
            path={[...path, f, 'montant']}
            label={`${amountLabel} ${f + 1} (${context})`}
            kind="amount"
          />
          <DeleteButton
            dossier={dossier}
            path={path}
            index={f}
            summary={`Cofinanceur « ${cofinanceur.nom || `n° ${f + 1}`} » retiré (${historyWhere})`}
            // The list, or what says it is now empty.
            focusAfter={() => document.getElementById(listId)}
          >
            Retirer<span className="fr-sr-only">{` le cofinanceur ${f + 1} (${context})`}</span>
          </DeleteButton>
        </li>
      ))}
    </ul>
  );
}
