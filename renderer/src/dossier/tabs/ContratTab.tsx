import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { representativeQuality } from '../../../../shared/dossier/representative';
import { FieldSet, type FieldSpec } from '../fields/FieldSet';
import { DeleteButton, InsertButton } from '../fields/ListButtons';
import { saveEdits } from '../save-dossier';

/** The signatories as the dossier names them: the State's signatory and the collectivité's representative. */
function signatoriesFromDossier(dossier: Dossier) {
  const { etat, collectivite } = dossier;
  const feminine = etat.signataire.civilite === 'Madame';
  const etatQualite =
    etat.signataire.qualite === 'prefet'
      ? etat.prefecture.nom.replace(/^Préfecture/, feminine ? 'Préfète' : 'Préfet') || (feminine ? 'Préfète' : 'Préfet')
      : `${feminine ? 'Sous-préfète' : 'Sous-préfet'}, pour le préfet et par délégation`;
  return [
    {
      partie: 'etat',
      nom: `${etat.signataire.prenom} ${etat.signataire.nom}`.trim() || 'À préciser',
      qualite: etatQualite,
    },
    {
      partie: 'collectivite',
      nom: `${collectivite.representant.prenom} ${collectivite.representant.nom}`.trim() || 'À préciser',
      qualite: representativeQuality(collectivite),
    },
  ];
}

export function ContratTab({ dossier }: { dossier: Dossier }) {
  const { contrat } = dossier;
  const firstYear = contrat.anneeDebut ?? new Date().getFullYear();
  const nextYear = contrat.montantsAnnuels.length
    ? Math.max(...contrat.montantsAnnuels.map((m) => m.annee)) + 1
    : firstYear;
  const year = (list: { annee: number }[]) => (list.length ? Math.max(...list.map((item) => item.annee)) : firstYear);
  return (
    <>
      <FieldSet
        dossier={dossier}
        legend="Contrat"
        fields={[
          { path: ['contrat', 'numero'], label: 'Numéro du contrat' },
          { path: ['contrat', 'anneeDebut'], label: 'Première année du contrat', kind: 'integer', nullable: true },
          { path: ['contrat', 'duree'], label: 'Durée du contrat (années)', kind: 'integer', nullable: true },
          { path: ['contrat', 'clausesParticulieres'], label: 'Clauses particulières', kind: 'longtext' },
        ]}
      />
      <h2 className="fr-h5">Montants annuels de l’État</h2>
      {contrat.montantsAnnuels.map((montant, i) => (
        <FieldSet
          key={`${montant.annee}-${i}`}
          dossier={dossier}
          legend={`Montant ${montant.annee}`}
          fields={[
            { path: ['contrat', 'montantsAnnuels', i, 'annee'], label: `Année (montant ${i + 1})`, kind: 'integer' },
            {
              path: ['contrat', 'montantsAnnuels', i, 'montant'],
              label: `Montant de l’État ${montant.annee}`,
              kind: 'amount',
            },
          ]}
        >
          <DeleteButton
            dossier={dossier}
            path={['contrat', 'montantsAnnuels']}
            index={i}
            summary={`Supprimer le montant ${montant.annee}`}
          >
            {`Supprimer le montant ${montant.annee}`}
          </DeleteButton>
        </FieldSet>
      ))}
      <InsertButton
        dossier={dossier}
        path={['contrat', 'montantsAnnuels']}
        value={{ annee: nextYear, montant: 0 }}
        summary={`Ajouter le montant ${nextYear}`}
      >
        {`Ajouter le montant ${nextYear}`}
      </InsertButton>
      <h2 className="fr-h5">Versements</h2>
      {contrat.versements.map((versement, i) => {
        const base = ['contrat', 'versements', i];
        const fields: FieldSpec[] = [
          { path: [...base, 'annee'], label: `Année (versement ${i + 1})`, kind: 'integer' },
          {
            path: [...base, 'nature'],
            label: `Nature (versement ${i + 1})`,
            options: [
              { value: 'avance', label: 'Avance' },
              { value: 'solde', label: 'Solde' },
            ],
          },
          { path: [...base, 'datePrevue'], label: `Date prévue (versement ${i + 1})`, kind: 'date' },
          { path: [...base, 'montantPrevu'], label: `Montant prévu (versement ${i + 1})`, kind: 'amount' },
          { path: [...base, 'dateVersement'], label: `Date du versement ${i + 1}`, kind: 'date' },
          {
            path: [...base, 'montantVerse'],
            label: `Montant versé (versement ${i + 1})`,
            kind: 'amount',
            nullable: true,
          },
        ];
        return (
          <FieldSet
            key={versement.id}
            dossier={dossier}
            legend={`Versement ${i + 1} — ${versement.nature} ${versement.annee}`}
            fields={fields}
          >
            <DeleteButton
              dossier={dossier}
              path={['contrat', 'versements']}
              index={i}
              summary={`Supprimer le versement ${i + 1}`}
            >
              {`Supprimer le versement ${i + 1}`}
            </DeleteButton>
          </FieldSet>
        );
      })}
      <InsertButton
        dossier={dossier}
        path={['contrat', 'versements']}
        value={{
          id: `versement-${crypto.randomUUID().slice(0, 8)}`,
          annee: year(contrat.versements),
          nature: 'avance',
          datePrevue: '',
          montantPrevu: 0,
          dateVersement: '',
          montantVerse: null,
        }}
        summary="Ajouter un versement"
      >
        Ajouter un versement
      </InsertButton>
      <FieldSet
        dossier={dossier}
        legend="Signature"
        fields={[
          { path: ['contrat', 'signature', 'lieu'], label: 'Lieu de signature' },
          { path: ['contrat', 'signature', 'date'], label: 'Date de signature', kind: 'date' },
          ...contrat.signature.signataires.flatMap((signataire, i): FieldSpec[] => [
            {
              path: ['contrat', 'signature', 'signataires', i, 'nom'],
              label: `Signataire ${i + 1} (${signataire.partie === 'etat' ? 'État' : 'collectivité'}) : nom`,
            },
            { path: ['contrat', 'signature', 'signataires', i, 'qualite'], label: `Signataire ${i + 1} : qualité` },
          ]),
        ]}
      >
        {contrat.signature.signataires.length === 0 && (
          <Button
            priority="secondary"
            size="small"
            onClick={() =>
              void saveEdits(
                dossier,
                [{ op: 'set', path: ['contrat', 'signature', 'signataires'], value: signatoriesFromDossier(dossier) }],
                'Signataires repris du dossier',
              )
            }
          >
            Reprendre les signataires du dossier
          </Button>
        )}
      </FieldSet>
      <h2 className="fr-h5">Comités de pilotage</h2>
      {contrat.copil.map((copil, i) => (
        <FieldSet
          key={i}
          dossier={dossier}
          legend={`Comité ${i + 1}`}
          fields={[
            { path: ['contrat', 'copil', i, 'date'], label: `Date du comité ${i + 1}`, kind: 'date' },
            { path: ['contrat', 'copil', i, 'objet'], label: `Objet du comité ${i + 1}` },
          ]}
        >
          <DeleteButton
            dossier={dossier}
            path={['contrat', 'copil']}
            index={i}
            summary={`Supprimer le comité ${i + 1}`}
          >
            {`Supprimer le comité ${i + 1}`}
          </DeleteButton>
        </FieldSet>
      ))}
      <InsertButton
        dossier={dossier}
        path={['contrat', 'copil']}
        value={{ date: new Date().toISOString().slice(0, 10), objet: 'Comité de pilotage' }}
        summary="Ajouter un comité de pilotage"
      >
        Ajouter un comité de pilotage
      </InsertButton>
      <h2 className="fr-h5">Bilans annuels</h2>
      {contrat.bilans.map((bilan, i) => (
        <FieldSet
          key={i}
          dossier={dossier}
          legend={`Bilan ${bilan.annee}`}
          fields={[
            { path: ['contrat', 'bilans', i, 'annee'], label: `Année du bilan ${i + 1}`, kind: 'integer' },
            {
              path: ['contrat', 'bilans', i, 'dateReception'],
              label: `Date de réception du bilan ${i + 1}`,
              kind: 'date',
            },
          ]}
        >
          <DeleteButton
            dossier={dossier}
            path={['contrat', 'bilans']}
            index={i}
            summary={`Supprimer le bilan ${bilan.annee}`}
          >
            {`Supprimer le bilan ${bilan.annee}`}
          </DeleteButton>
        </FieldSet>
      ))}
      <InsertButton
        dossier={dossier}
        path={['contrat', 'bilans']}
        value={{ annee: year(contrat.bilans), dateReception: '', financier: true }}
        summary="Ajouter un bilan"
      >
        Ajouter un bilan
      </InsertButton>
    </>
  );
}
