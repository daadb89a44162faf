// The email size limit of exchanges and how many backups are kept.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Validated, ValidationProblem } from '../../../shared/dossier/validation';
import { database } from '../../db/database';
import { getExchangePreferences, setExchangePreferences } from '../../db/settings-repository';
import { SettingsForm } from './SettingsForm';

interface PreferencesText {
  emailLimitMb: string;
  backupsKept: string;
}

function validate(value: PreferencesText): Validated<PreferencesText> {
  const problems: ValidationProblem[] = [];
  const limit = Number(value.emailLimitMb.replace(',', '.'));
  if (!Number.isFinite(limit) || limit < 1 || limit > 1000)
    problems.push({
      path: ['emailLimitMb'],
      message: 'La limite des courriels doit être un nombre de Mo entre 1 et 1 000.',
    });
  const kept = Number(value.backupsKept);
  if (!Number.isInteger(kept) || kept < 1 || kept > 365)
    problems.push({
      path: ['backupsKept'],
      message: 'Le nombre de sauvegardes conservées doit être un entier entre 1 et 365.',
    });
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

export function ExchangePreferencesForm() {
  const stored = useLiveQuery(() => getExchangePreferences(database()), []);
  if (!stored) return null;
  return (
    <SettingsForm<PreferencesText>
      title="Échanges et sauvegardes"
      intro="Au-delà de la limite des courriels, l’export propose de laisser les scans de côté ou de découper l’échange."
      initial={{ emailLimitMb: String(stored.emailLimitMb), backupsKept: String(stored.backupsKept) }}
      fields={[
        {
          path: 'emailLimitMb',
          label: 'Limite des courriels (Mo)',
          hint: 'Souvent 10 Mo dans les messageries de l’État',
          width: 's',
        },
        {
          path: 'backupsKept',
          label: 'Nombre de sauvegardes conservées',
          hint: 'Les plus anciennes sont supprimées',
          width: 's',
        },
      ]}
      validate={validate}
      save={async (value) => {
        await setExchangePreferences(database(), {
          emailLimitMb: Number(value.emailLimitMb.replace(',', '.')),
          backupsKept: Number(value.backupsKept),
        });
      }}
      savedMessage="Vos préférences d’échange et de sauvegarde sont enregistrées."
    />
  );
}
