// Asks the passphrase that opens an encrypted file (an exchange, a backup); says when the one
// typed does not open it.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useId, useState, type ReactNode } from 'react';

export function PassphrasePrompt({
  intro,
  label,
  wrong,
  wrongMessage,
  submitLabel,
  busy = false,
  onSubmit,
  onCancel,
}: {
  intro: ReactNode;
  label: string;
  wrong: boolean;
  wrongMessage: string;
  submitLabel: string;
  busy?: boolean;
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="fr-mt-2w"
      aria-labelledby={`${id}-intro`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(passphrase);
      }}
    >
      <p id={`${id}-intro`}>{intro}</p>
      {/* A live region: the refusal of a wrong passphrase is read out as soon as it appears. */}
      <div aria-live="polite">
        <Input
          label={label}
          state={wrong ? 'error' : 'default'}
          stateRelatedMessage={wrong ? wrongMessage : undefined}
          nativeInputProps={{
            type: 'password',
            autoComplete: 'off',
            value: passphrase,
            onChange: (e) => setPassphrase(e.target.value),
          }}
        />
      </div>
      <div className="fr-btns-group fr-btns-group--inline">
        <Button type="submit" disabled={!passphrase || busy}>
          {submitLabel}
        </Button>
        <Button type="button" priority="secondary" onClick={onCancel}>
          Annuler
        </Button>
      </div>
    </form>
  );
}
