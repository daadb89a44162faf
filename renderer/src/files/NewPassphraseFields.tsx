// A new passphrase typed twice (it cannot be read back), with the French reason it is refused.
import { Input } from '@codegouvfr/react-dsfr/Input';
import { passphraseProblem } from '../../../shared/bundle/payload-crypto';

export interface NewPassphrase {
  value: string;
  confirm: string;
}

export const EMPTY_PASSPHRASE: NewPassphrase = { value: '', confirm: '' };

export function newPassphraseProblem({ value, confirm }: NewPassphrase): string | null {
  return passphraseProblem(value) ?? (value !== confirm ? 'Les deux saisies de la phrase de passe diffèrent.' : null);
}

export function NewPassphraseFields({
  label,
  hint,
  value,
  error,
  onChange,
  id,
}: {
  label: string;
  hint: string;
  value: NewPassphrase;
  error: string | null;
  onChange: (value: NewPassphrase) => void;
  /** The fields' container, for a form that finds them by id. */
  id?: string;
}) {
  return (
    <div className="ctai-grid" id={id}>
      <Input
        label={label}
        hintText={hint}
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error ?? undefined}
        nativeInputProps={{
          type: 'password',
          autoComplete: 'new-password',
          value: value.value,
          onChange: (e) => onChange({ ...value, value: e.target.value }),
        }}
      />
      <Input
        label={`${label} (confirmation)`}
        nativeInputProps={{
          type: 'password',
          autoComplete: 'new-password',
          value: value.confirm,
          onChange: (e) => onChange({ ...value, confirm: e.target.value }),
        }}
      />
    </div>
  );
}
