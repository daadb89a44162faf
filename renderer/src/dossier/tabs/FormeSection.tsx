// The dossier's form in the Synthèse tab: contract (CTAI) or projet territorial (PTAI), changed
// before signature, or a PTAI whose convention is signed turned into a contract. The rules and
// their refusals are the workflow's (changeForme, convertToCtai); the date and the reason are the
// ones typed above, under « Changer d’étape ».
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { isContractSigned } from '../../../../shared/dossier/signed-contract';
import { changeForme, convertToCtai, type WorkflowResult } from '../../../../shared/dossier/workflow';
import { FORME_LABELS, formeNoun, formeOf } from '../../../../shared/dossier/workflow-steps';
import { dateEnLettres } from '../../../../shared/format/dates';
import { formatEuros } from '../../../../shared/format/money';

type Change = (dossier: Dossier, date: string, motif: string, auteur: string) => WorkflowResult;

export function FormeSection({
  dossier,
  onChange,
}: {
  dossier: Dossier;
  /** Applies the change with the date, reason and author of the Synthèse tab; `summary` names it. */
  onChange: (change: Change, summary: string) => void;
}) {
  const forme = formeOf(dossier);
  const other = forme === 'ctai' ? 'ptai' : 'ctai';
  const signed = isContractSigned(dossier);
  const active = dossier.workflow.statut === 'actif';
  const convention = dossier.contrat.conventionPtai;
  return (
    <section aria-labelledby="forme-title" className="fr-mt-4w">
      <h2 id="forme-title" className="fr-h5">
        Forme du dossier
      </h2>
      <p>
        <strong>{FORME_LABELS[forme]}</strong>
        {convention &&
          ` — issu du projet territorial financé en ${convention.annee} (convention${convention.numero ? ` n° ${convention.numero}` : ''}${convention.date ? ` signée le ${dateEnLettres(convention.date)}` : ''}, ${formatEuros(convention.montant)})`}
      </p>
      {active && !signed && (
        <>
          <p className="fr-text--sm">
            La forme se change avant la signature, avec un motif (champ « Motif » ci-dessus) gardé dans le journal.
          </p>
          <Button
            priority="secondary"
            onClick={() =>
              onChange(
                (current, date, motif, auteur) => changeForme(current, other, date, motif, auteur),
                `Forme changée : ${formeNoun(other)}`,
              )
            }
          >
            {`Changer de forme : ${formeNoun(other)}`}
          </Button>
        </>
      )}
      {active && signed && forme === 'ptai' && (
        <>
          <p className="fr-text--sm">
            La décision est prise : le projet territorial peut devenir un contrat (CTAI). Son historique, ses actions,
            sa convention et ses documents sont gardés ; le contrat reprend au diagnostic partagé.
          </p>
          <Button
            priority="secondary"
            onClick={() => onChange(convertToCtai, 'Projet territorial transformé en contrat (CTAI)')}
          >
            Transformer en contrat (CTAI)
          </Button>
        </>
      )}
    </section>
  );
}
