import { COLLECTIVITE_TYPES, COLLECTIVITE_TYPE_LABELS } from '../../../../shared/dossier/collectivite-type';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { FieldSet, personFields } from '../fields/FieldSet';
import { ProblemsAlert } from '../ProblemsAlert';

const c = 'collectivite';

export function CollectiviteTab({ dossier }: { dossier: Dossier }) {
  return (
    <>
      <ProblemsAlert dossier={dossier} tabs={['collectivite']} title="Points à vérifier pour la collectivité" />
      <FieldSet
        dossier={dossier}
        legend="Identification"
        fields={[
          { path: [c, 'nom'], label: 'Nom de la collectivité' },
          {
            path: [c, 'type'],
            label: 'Type de collectivité',
            options: COLLECTIVITE_TYPES.map((value) => ({ value, label: COLLECTIVITE_TYPE_LABELS[value] })),
          },
          { path: [c, 'codeInsee'], label: 'Code INSEE', hint: 'Communes : 5 caractères' },
          { path: [c, 'siren'], label: 'SIREN', hint: '9 chiffres' },
          {
            path: [c, 'siret'],
            label: 'SIRET',
            hint: '14 chiffres : l’établissement qui reçoit la subvention (données ouvertes des conventions)',
          },
          { path: [c, 'departement', 'code'], label: 'Code du département' },
          { path: [c, 'departement', 'nom'], label: 'Département' },
          { path: [c, 'arrondissement'], label: 'Arrondissement' },
          { path: [c, 'region', 'nom'], label: 'Région' },
          { path: [c, 'population'], label: 'Population', kind: 'integer', nullable: true },
        ]}
      />
      <FieldSet
        dossier={dossier}
        legend="Représentant et délibération"
        fields={[
          ...personFields([c, 'representant'], 'du représentant', [
            {
              path: [c, 'representant', 'titre'],
              label: 'Titre du représentant',
              hint: 'Maire, Président, Présidente (titré en entier dans les actes), ou la fonction de qui signe à sa place : « Premier adjoint au maire »',
            },
          ]),
          { path: [c, 'deliberation', 'numero'], label: 'Numéro de la délibération' },
          { path: [c, 'deliberation', 'date'], label: 'Date de la délibération', kind: 'date' },
        ]}
      />
      <FieldSet
        dossier={dossier}
        legend="Élu référent"
        fields={personFields([c, 'eluReferent'], 'de l’élu référent', [
          { path: [c, 'eluReferent', 'fonction'], label: 'Fonction de l’élu référent' },
        ])}
      />
      <FieldSet
        dossier={dossier}
        legend="Chef de projet"
        fields={personFields([c, 'chefDeProjet'], 'du chef de projet', [
          { path: [c, 'chefDeProjet', 'email'], label: 'Adresse électronique du chef de projet' },
          { path: [c, 'chefDeProjet', 'telephone'], label: 'Téléphone du chef de projet' },
        ])}
      />
      <FieldSet
        dossier={dossier}
        legend="Adresse et contact"
        fields={[
          { path: [c, 'adresse', 'ligne1'], label: 'Adresse (ligne 1)' },
          { path: [c, 'adresse', 'ligne2'], label: 'Adresse (ligne 2)' },
          { path: [c, 'adresse', 'codePostal'], label: 'Code postal' },
          { path: [c, 'adresse', 'commune'], label: 'Commune' },
          { path: [c, 'contact', 'email'], label: 'Adresse électronique de contact' },
          { path: [c, 'contact', 'telephone'], label: 'Téléphone de contact' },
        ]}
      />
      <FieldSet
        dossier={dossier}
        legend="Coordonnées bancaires (versements de l’État)"
        fields={[
          {
            path: [c, 'banque', 'iban'],
            label: 'IBAN de la collectivité',
            hint: 'Compte au Trésor public, par exemple FR76 3000 6000 0112 3456 7890 189',
          },
          { path: [c, 'banque', 'bic'], label: 'BIC de la collectivité', hint: '8 ou 11 caractères' },
        ]}
      />
    </>
  );
}
