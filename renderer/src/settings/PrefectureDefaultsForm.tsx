import {
  prefectureDefaultsSchema,
  validatePrefectureDefaults,
  type PrefectureDefaults,
} from '../../../shared/dossier/prefecture-defaults';
import { EMPTY_PREFECTURE_DEFAULTS } from '../../../shared/dossier/prefecture-defaults-empty';
import { database } from '../../db/database';
import { setPrefectureDefaults } from '../../db/settings-repository';
import { CIVILITE_OPTIONS } from '../dossier/fields/FieldSet';
import { useAgentStore } from '../state/agent-store';
import { SettingsForm } from './SettingsForm';

export function PrefectureDefaultsForm() {
  const prefecture = useAgentStore((state) => state.prefecture);
  const setPrefecture = useAgentStore((state) => state.setPrefecture);
  return (
    <SettingsForm<PrefectureDefaults>
      title="Votre préfecture"
      intro="Ces informations remplissent la partie « État » de chaque nouveau dossier, et les documents qui en sont tirés."
      schema={prefectureDefaultsSchema}
      initial={{ ...EMPTY_PREFECTURE_DEFAULTS, ...prefecture }}
      // Each name beside its address (half a row each), the préfet's civility, first name and name
      // on one line, then the codes.
      fields={[
        { path: 'prefectureNom', label: 'Nom de la préfecture', hint: 'Par exemple : Préfecture de l’Isère' },
        { path: 'prefectureAdresse', label: 'Adresse de la préfecture', width: 'l' },
        {
          path: 'sousPrefectureNom',
          label: 'Nom de la sous-préfecture',
          hint: 'Laisser vide si les dossiers sont suivis en préfecture',
        },
        { path: 'sousPrefectureAdresse', label: 'Adresse de la sous-préfecture', width: 'l' },
        { path: 'prefet.civilite', label: 'Civilité du préfet', options: CIVILITE_OPTIONS },
        { path: 'prefet.prenom', label: 'Prénom du préfet' },
        { path: 'prefet.nom', label: 'Nom du préfet' },
        { path: 'departementCode', label: 'Code du département', hint: 'Par exemple : 38', newRow: true },
        {
          path: 'siret',
          label: 'SIRET de la préfecture',
          hint: '14 chiffres : identifie l’État attribuant dans les données ouvertes des conventions',
          width: 's',
        },
        {
          path: 'tauxAvance',
          label: 'Part versée en avance (%)',
          hint: 'À la signature du contrat ou de l’avenant de l’année ; le solde à réception du bilan. Pour les nouveaux dossiers.',
          width: 'm',
        },
      ]}
      validate={validatePrefectureDefaults}
      save={async (value) => {
        await setPrefectureDefaults(database(), value);
        setPrefecture(value);
      }}
      savedMessage="Les informations de votre préfecture sont enregistrées."
    />
  );
}
