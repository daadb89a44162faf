// The agent's own key: its fingerprint, to read aloud on the phone, and the public key as a file.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import { fingerprint, spkiToPem } from '../../../shared/bundle/bytes';
import { platform } from '../../platform';
import { describeSave, SaveStatus, type SaveOutcome } from '../files/SaveStatus';

export function KeySection() {
  const [print, setPrint] = useState('…');
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  useEffect(() => {
    void platform
      .publicKey()
      .then(fingerprint)
      .then(setPrint, () => setPrint('indisponible : la clé de signature n’a pas pu être créée sur ce poste.'));
  }, []);

  async function exportKey() {
    const pem = spkiToPem(await platform.publicKey());
    const result = await platform.saveFile({
      suggestedName: 'cle-publique-ctai.pem',
      bytes: new TextEncoder().encode(pem),
      filters: [{ name: 'Clé publique', extensions: ['pem'] }],
    });
    setOutcome(describeSave(result, 'Votre clé publique a été enregistrée : transmettez-la à vos correspondants.'));
  }

  return (
    <section aria-labelledby="cle-titre" className="fr-mb-6w">
      <h2 id="cle-titre" className="fr-h4">
        Votre clé de signature
      </h2>
      <p>
        Empreinte, à lire à vos correspondants pour qu’ils la comparent : <code id="empreinte">{print}</code>
      </p>
      <Button priority="secondary" iconId="ri-key-2-line" onClick={() => void exportKey()}>
        Exporter ma clé publique
      </Button>
      <SaveStatus outcome={outcome} />
    </section>
  );
}
