import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { validateAgentIdentity, type AgentIdentityInput } from '../../../shared/dossier/agent-identity';
import { database } from '../../db/database';
import { setAgentIdentity } from '../../db/settings-repository';
import { toStorageError } from '../../db/storage-error';
import { useAgentStore } from '../state/agent-store';
import { useFlashStore } from '../state/flash-store';

type Field = keyof AgentIdentityInput;

const FIELDS: { field: Field; label: string; hint: string }[] = [
  { field: 'nom', label: 'Votre nom', hint: 'Prénom et nom, tels qu’ils apparaîtront dans l’historique des dossiers' },
  {
    field: 'service',
    label: 'Votre service',
    hint: 'Par exemple : Bureau de l’intégration et de l’accueil des étrangers',
  },
  { field: 'site', label: 'Votre site', hint: 'Par exemple : Préfecture de l’Isère, Sous-préfecture de Vienne' },
];

export function AgentIdentityForm() {
  const identity = useAgentStore((state) => state.identity);
  const setIdentity = useAgentStore((state) => state.setIdentity);
  const [values, setValues] = useState<AgentIdentityInput>(identity ?? { nom: '', service: '', site: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const showFlash = useFlashStore((state) => state.show);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateAgentIdentity(values);
    if (!result.ok) {
      setErrors(Object.fromEntries(result.problems.map((problem) => [problem.path[0], problem.message])));
      return;
    }
    setErrors({});
    try {
      await setAgentIdentity(database(), result.value);
      setIdentity(result.value);
      showFlash({ severity: 'success', title: 'Votre identité est enregistrée.' });
    } catch (error) {
      showFlash({
        severity: 'error',
        title: 'Votre identité n’a pas été enregistrée.',
        description: toStorageError(error).message,
      });
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="identite-titre">
      <h2 id="identite-titre" className="fr-h4">
        Votre identité
      </h2>
      <p>Chaque modification d’un dossier est signée de ces informations.</p>
      {FIELDS.map(({ field, label, hint }) => (
        <Input
          key={field}
          label={label}
          hintText={hint}
          state={errors[field] ? 'error' : 'default'}
          stateRelatedMessage={errors[field]}
          nativeInputProps={{
            name: field,
            value: values[field],
            onChange: (event) => setValues({ ...values, [field]: event.target.value }),
          }}
        />
      ))}
      <Button type="submit">Enregistrer</Button>
    </form>
  );
}
