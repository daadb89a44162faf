// Asked while an exchange is being verified, once its signature and bag-info hold and before its
// payload is unpacked: the sender's key is not among the correspondents. The agent compares the
// fingerprint with the correspondent (by phone) and goes on, or stops there.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useState } from 'react';
import { compareFingerprints } from '../../../shared/bundle/bytes';
import type { UnknownSender } from '../../../shared/bundle/verify-bundle';
import { FingerprintComparison } from './FingerprintComparison';

export function UnknownSenderQuestion({
  sender,
  onAnswer,
}: {
  sender: UnknownSender;
  onAnswer: (recognised: boolean) => void;
}) {
  const [compared, setCompared] = useState(false);
  const [typed, setTyped] = useState('');
  const { nom, site } = sender.info.sender;
  return (
    <div className="fr-mt-2w">
      <Alert
        severity="warning"
        small
        description={`Expéditeur inconnu : ${nom} (${site}). Empreinte de sa clé : ${sender.fingerprint}. Comparez-la, par téléphone, avec celle que votre correspondant lit dans ses Paramètres avant d’ouvrir l’échange.`}
      />
      <FingerprintComparison received={sender.fingerprint} typed={typed} onType={setTyped} />
      <Checkbox
        small
        options={[
          {
            label:
              'J’ai comparé l’empreinte avec mon correspondant : elle est identique. Il sera ajouté à mes correspondants si je confirme l’import.',
            nativeInputProps: { checked: compared, onChange: (e) => setCompared(e.target.checked) },
          },
        ]}
      />
      <div className="fr-btns-group fr-btns-group--inline">
        <Button
          disabled={!compared || compareFingerprints(sender.fingerprint, typed) === 'different'}
          onClick={() => onAnswer(true)}
        >
          Ouvrir l’échange
        </Button>
        <Button priority="secondary" onClick={() => onAnswer(false)}>
          Ne pas ouvrir
        </Button>
      </div>
    </div>
  );
}
