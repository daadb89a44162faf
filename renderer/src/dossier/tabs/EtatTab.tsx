import { CTAI_ACTIONS } from '../../../../shared/dossier/budget-imputation';
import type { Dossier } from '../../../../shared/dossier/dossier-schema';
import { FieldSet, personFields } from '../fields/FieldSet';
import { ProblemsAlert } from '../ProblemsAlert';

export function EtatTab({ dossier }: { dossier: Dossier }) {
  return (
    <>
      <ProblemsAlert dossier={dossier} tabs={['etat']} title="Points à vérifier pour l’État" />
      <FieldSet
        dossier={dossier}
        legend="Préfecture et sous-préfecture"
        fields={[
          // Each name beside its address (half a row each), the département's code after them.
          { path: ['etat', 'prefecture', 'nom'], label: 'Préfecture', hint: 'Par exemple : Préfecture de l’Isère' },
          { path: ['etat', 'prefecture', 'adresse'], label: 'Adresse de la préfecture', width: 'l' },
          { path: ['etat', 'sousPrefecture', 'nom'], label: 'Sous-préfecture', hint: 'Laisser vide si aucune' },
          { path: ['etat', 'sousPrefecture', 'adresse'], label: 'Adresse de la sous-préfecture', width: 'l' },
          { path: ['etat', 'prefecture', 'departementCode'], label: 'Code du département de la préfecture' },
        ]}
      />
      <FieldSet
        dossier={dossier}
        legend="Signataire pour l’État"
        fields={personFields(['etat', 'signataire'], 'du signataire', [
          {
            path: ['etat', 'signataire', 'qualite'],
            label: 'Qualité du signataire',
            options: [
              { value: 'prefet', label: 'Préfet ou préfète' },
              { value: 'sous-prefet', label: 'Sous-préfet ou sous-préfète, par délégation' },
            ],
          },
          ...(dossier.etat.signataire.qualite === 'sous-prefet'
            ? [
                {
                  path: ['etat', 'delegation', 'numero'],
                  label: 'Numéro de l’arrêté de délégation de signature',
                  hint: 'Cité dans les visas du contrat',
                },
                {
                  path: ['etat', 'delegation', 'date'],
                  label: 'Date de l’arrêté de délégation de signature',
                  kind: 'date' as const,
                },
              ]
            : []),
        ])}
      />
      {dossier.etat.signataire.qualite === 'sous-prefet' && (
        <FieldSet
          dossier={dossier}
          legend="Préfet à qui la lettre d’intention est adressée"
          fields={personFields(['etat', 'prefet'], 'du préfet')}
        />
      )}
      <FieldSet
        dossier={dossier}
        legend="Agent référent"
        fields={personFields(['etat', 'referent'], 'de l’agent référent', [
          { path: ['etat', 'referent', 'service'], label: 'Service de l’agent référent' },
          { path: ['etat', 'referent', 'email'], label: 'Adresse électronique de l’agent référent' },
          { path: ['etat', 'referent', 'telephone'], label: 'Téléphone de l’agent référent' },
        ])}
      />
      <FieldSet
        dossier={dossier}
        legend="Imputation budgétaire"
        fields={[
          { path: ['etat', 'programme'], label: 'Programme budgétaire' },
          {
            path: ['etat', 'action'],
            label: 'Action budgétaire',
            hint: 'Imprimée dans l’article « Imputation budgétaire » du contrat',
            options: CTAI_ACTIONS.map((action) => ({ value: action.code, label: action.choix })),
          },
        ]}
      />
    </>
  );
}
