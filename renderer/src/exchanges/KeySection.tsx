// The agent's own key: its fingerprint, to read aloud on the phone, and the public key as a file.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import { fingerprint, spkiToPem } from '../../../shared/bundle/bytes';
import { platform } from '../../platform';

export function KeySection() {
  const [print, setPrint] = useState('…');
  const [message, setMessage] = useState('');
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
    setMessage(
      result.saved ? 'Votre clé publique a été enregistrée : transmettez-la à vos correspondants.' : 'Export annulé.',
    );
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
      <p role="status" className="fr-text--sm fr-mt-1w">
        {message}
      </p>
    </section>
  );
}
