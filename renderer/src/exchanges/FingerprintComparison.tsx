// The fingerprint of an unknown sender's key beside the one the correspondent reads out on the
// phone: the agent may type it, and the app then compares the two itself.
import { Input } from '@codegouvfr/react-dsfr/Input';
import { compareFingerprints } from '../../../shared/bundle/bytes';

export function FingerprintComparison({
  received,
  typed,
  onType,
}: {
  received: string;
  typed: string;
  onType: (value: string) => void;
}) {
  const verdict = compareFingerprints(received, typed);
  return (
    <div className="ctai-grid fr-mt-2w">
      <div>
        <p className="fr-mb-1w">Empreinte de la clé qui a signé cet échange</p>
        <code id="empreinte-recue" className="ctai-hash">
          {received}
        </code>
      </div>
      <Input
        label="Empreinte lue par votre correspondant (facultatif)"
        hintText="Saisissez-la pendant qu’il la lit dans ses Paramètres : l’application compare pour vous."
        state={verdict === 'different' ? 'error' : verdict === 'same' ? 'success' : 'default'}
        stateRelatedMessage={
          verdict === 'different'
            ? 'Les empreintes diffèrent : n’importez pas cet échange et prévenez votre correspondant.'
            : verdict === 'same'
              ? 'Les empreintes sont identiques.'
              : undefined
        }
        nativeInputProps={{
          value: typed,
          autoComplete: 'off',
          spellCheck: false,
          onChange: (e) => onType(e.target.value),
        }}
      />
    </div>
  );
}
