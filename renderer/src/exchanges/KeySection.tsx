// The agent's own key: its fingerprint, to read aloud on the phone, and the public key as a file.
// When the system no longer opens the key (another session, a reset keyring), says so and makes
// a new one on request, the old file being kept aside.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useEffect, useState } from 'react';
import { fingerprint, spkiToPem } from '../../../shared/bundle/bytes';
import { failureMessage } from '../../db/storage-error';
import { platform } from '../../platform';
import { PassphrasePrompt } from '../files/PassphrasePrompt';
import { describeSave, SaveStatus, type SaveOutcome } from '../files/SaveStatus';

export function KeySection() {
  const [print, setPrint] = useState('…');
  const [unreadable, setUnreadable] = useState(false);
  const [protection, setProtection] = useState<'systeme' | 'phrase-de-passe'>('systeme');
  const [locked, setLocked] = useState<{ wrong: boolean } | null>(null);
  const [message, setMessage] = useState('');
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const load = useCallback(async () => {
    setProtection(await platform.keyProtection());
    const state = await platform.keyState();
    if (state === 'locked') {
      setLocked((current) => current ?? { wrong: false });
      setPrint('verrouillée');
      return;
    }
    setLocked(null);
    if (state === 'unreadable') {
      setUnreadable(true);
      setPrint('illisible');
      return;
    }
    setUnreadable(false);
    setPrint(await fingerprint(await platform.publicKey()));
  }, []);
  useEffect(() => {
    load().catch((error: unknown) => setPrint(`indisponible. ${failureMessage(error)}`));
  }, [load]);

  async function renew() {
    try {
      const renewed = await platform.renewUnreadableKey();
      await load();
      if (renewed)
        setMessage(
          'Nouvelle clé créée. Exportez votre clé publique et transmettez-la à vos correspondants : ils la compareront à l’empreinte ci-dessus.',
        );
    } catch (error) {
      setMessage(`La nouvelle clé n’a pas pu être créée : ${failureMessage(error)}`);
    }
  }

  async function unlock(passphrase: string) {
    if (passphrase.length < 12 || !(await platform.unlockKey(passphrase))) {
      setLocked({ wrong: true });
      return;
    }
    await load();
    setMessage('Votre clé de signature est ouverte pour cette session.');
  }

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
      {protection === 'phrase-de-passe' && (
        <Alert
          severity="info"
          small
          className="fr-mb-2w"
          description="Sur cet ordinateur, le système n’offre pas de trousseau pour protéger votre clé de signature : elle est protégée par une phrase de passe que vous choisissez (au moins 12 caractères). Elle vous est demandée une fois par session ; notez-la en lieu sûr : sans elle, la clé ne s’ouvre plus. Ses copies dans les sauvegardes sont protégées par la même phrase."
        />
      )}
      {locked ? (
        <PassphrasePrompt
          intro="Saisissez la phrase de passe de votre clé de signature (la première fois, choisissez-la) : sans elle, rien ne peut être signé."
          label="Phrase de passe de la clé de signature"
          wrong={locked.wrong}
          wrongMessage="Cette phrase de passe n’ouvre pas votre clé de signature (ou compte moins de 12 caractères). Vérifiez-la et recommencez."
          submitLabel="Ouvrir ma clé"
          onSubmit={(passphrase) => void unlock(passphrase)}
          onCancel={() => setLocked({ wrong: false })}
        />
      ) : unreadable ? (
        <>
          <Alert
            severity="error"
            small
            description="Le système de cet ordinateur ne reconnaît plus votre clé de signature (session ou système changé, trousseau réinitialisé, fichier abîmé) : vous ne pouvez ni exporter ni sauvegarder. Créez une nouvelle clé : l’ancienne est gardée à part, rien n’est effacé. Vos correspondants devront recevoir votre nouvelle clé publique."
          />
          <Button className="fr-mt-2w" iconId="ri-key-2-line" onClick={() => void renew()}>
            Créer une nouvelle clé de signature
          </Button>
        </>
      ) : (
        <>
          <p>
            Empreinte, à lire à vos correspondants pour qu’ils la comparent : <code id="empreinte">{print}</code>
          </p>
          <Button priority="secondary" iconId="ri-key-2-line" onClick={() => void exportKey()}>
            Exporter ma clé publique
          </Button>
        </>
      )}
      <p role="status" className="fr-text--sm fr-mt-1w">
        {message}
      </p>
      <SaveStatus outcome={outcome} />
    </section>
  );
}
