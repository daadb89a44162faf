// Changes received from another site that would have altered the contract signed here: they
// were kept aside at import; the agent reads who sent what, then removes each one once handled
// (by an avenant, or by telling the other site).
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { dateHeure } from '../../../shared/format/dates';
import { saveEdits } from './save-dossier';

export function RefusedChangesBanner({ dossier }: { dossier: Dossier }) {
  const refused = dossier.contrat.modificationsRefusees;
  if (refused.length === 0) return null;
  return (
    <div className="fr-mb-3w">
      <Alert
        as="h2"
        severity="warning"
        title="Modifications reçues gardées de côté : le contrat est signé"
        description={
          <>
            <p>
              Un échange reçu modifiait le contrat signé. Les valeurs signées ont été gardées ; un changement de montant
              passe par un avenant.
            </p>
            <ul>
              {refused.map((entry, index) => (
                <li key={entry.id}>
                  {entry.champ} : valeur signée {entry.valeurSignee}, reçue {entry.valeurRecue} — envoyée par{' '}
                  {entry.auteur}, importée le {dateHeure(entry.date)}.{' '}
                  <Button
                    priority="tertiary no outline"
                    size="small"
                    onClick={() =>
                      void saveEdits(
                        dossier,
                        [{ op: 'delete', path: ['contrat', 'modificationsRefusees'], index }],
                        `Modification reçue écartée : ${entry.champ}`,
                      )
                    }
                  >
                    Vu, retirer ce message<span className="fr-sr-only"> ({entry.champ})</span>
                  </Button>
                </li>
              ))}
            </ul>
          </>
        }
      />
    </div>
  );
}
