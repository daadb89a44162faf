import {
  agentIdentitySchema,
  validateAgentIdentity,
  type AgentIdentityInput,
} from '../../../shared/dossier/agent-identity';
import { database } from '../../db/database';
import { setAgentIdentity } from '../../db/settings-repository';
import { useAgentStore } from '../state/agent-store';
import { SettingsForm } from './SettingsForm';

export function AgentIdentityForm({
  title = 'Votre identité',
  submitLabel,
  onSaved,
}: {
  title?: string;
  submitLabel?: string;
  onSaved?: () => Promise<void>;
}) {
  const identity = useAgentStore((state) => state.identity);
  const setIdentity = useAgentStore((state) => state.setIdentity);
  return (
    <SettingsForm<AgentIdentityInput>
      title={title}
      {...(submitLabel ? { submitLabel } : {})}
      intro="Chaque modification d’un dossier est signée de ces informations."
      schema={agentIdentitySchema}
      initial={identity ?? { nom: '', service: '', site: '' }}
      fields={[
        {
          path: 'nom',
          label: 'Votre nom',
          hint: 'Prénom et nom, tels qu’ils apparaîtront dans l’historique des dossiers',
        },
        {
          path: 'service',
          label: 'Votre service (facultatif)',
          hint: 'Par exemple : Bureau de l’intégration et de l’accueil des étrangers',
        },
        { path: 'site', label: 'Votre site', hint: 'Par exemple : Préfecture de l’Isère, Sous-préfecture de Vienne' },
      ]}
      validate={validateAgentIdentity}
      save={async (value) => {
        await setAgentIdentity(database(), value);
        setIdentity(value);
        await onSaved?.();
      }}
      savedMessage="Votre identité est enregistrée."
    />
  );
}
