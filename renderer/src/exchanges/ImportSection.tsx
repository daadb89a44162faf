// Importer un échange: verification shown step by step with no write (asking for the passphrase
// of an encrypted bundle once its signature and integrity hold, verification waiting meanwhile),
// then a preview of what will change, then, on confirmation, everything applied at once. A
// bundle can also arrive dropped on the window or opened from the file manager
// (incoming-bundle-store).
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useEffect, useRef, useState } from 'react';
import { BundleError, isPassphraseError } from '../../../shared/bundle/bundle-error';
import { compareFingerprints } from '../../../shared/bundle/bytes';
import { verifyBundle, type VerifiedBundle, type VerifyStep } from '../../../shared/bundle/verify-bundle';
import { dottedFieldLabel } from '../../../shared/dossier/field-path';
import { database } from '../../db/database';
import {
  backupRefusal,
  importVerified,
  keptForImport,
  previewImport,
  type ImportPreviewItem,
} from '../../db/import-bundle';
import { addCorrespondent, getCorrespondents } from '../../db/settings-repository';
import { failureMessage, toStorageError } from '../../db/storage-error';
import { platform } from '../../platform';
import { FingerprintComparison } from './FingerprintComparison';
import { useIncomingBundleStore, type IncomingBundle } from '../state/incoming-bundle-store';
import { PassphrasePrompt } from '../files/PassphrasePrompt';
import { repositoryContext } from '../state/repository-context';
import { dateHeure } from '../../../shared/format/dates';

const STEPS: { step: VerifyStep; label: string }[] = [
  { step: 'archive', label: 'Archive' },
  { step: 'structure', label: 'Structure' },
  { step: 'signature', label: 'Signature' },
  { step: 'sender', label: 'Expéditeur' },
  { step: 'version', label: 'Version du format' },
  { step: 'integrity', label: 'Intégrité de chaque fichier' },
  { step: 'decryption', label: 'Déchiffrement (échange chiffré seulement)' },
  { step: 'dossiers', label: 'Dossiers' },
];

export function ImportSection() {
  const [reached, setReached] = useState<VerifyStep[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ bundle: VerifiedBundle; items: ImportPreviewItem[] } | null>(null);
  const [compared, setCompared] = useState(false);
  const [typedPrint, setTypedPrint] = useState('');
  const [message, setMessage] = useState('');
  const [locked, setLocked] = useState<{
    file: IncomingBundle;
    wrong: boolean;
    answer: (passphrase: string | null) => void;
  } | null>(null);
  // The verification under way: a newer one (another file) silences the older, which gives up.
  const latest = useRef<{ giveUp: () => void } | null>(null);
  const incoming = useIncomingBundleStore((state) => state.incoming);

  useEffect(() => {
    const file = useIncomingBundleStore.getState().take();
    if (file) void inspect(file);
  }, [incoming]);
  // Leaving the screen gives up a verification that waits for its passphrase.
  useEffect(
    () => () => {
      const run = latest.current;
      latest.current = null;
      run?.giveUp();
    },
    [],
  );

  async function open() {
    const file = await platform.openFile([{ name: 'Échange Contrats CTAI', extensions: ['ctai'] }]);
    if (file.opened) await inspect(file);
    else if (file.error) setMessage(file.error);
  }

  async function inspect(file: IncomingBundle) {
    latest.current?.giveUp();
    let answer: ((passphrase: string | null) => void) | null = null;
    const run = { giveUp: () => answer?.(null) };
    latest.current = run;
    const current = () => latest.current === run;
    setError(null);
    setPending(null);
    setMessage('');
    setReached([]);
    setLocked(null);
    const steps: VerifyStep[] = [];
    try {
      const knownKeys = (await getCorrespondents(database())).map((c) => ({
        name: c.name,
        fingerprint: c.fingerprint,
        revoked: c.revoked,
      }));
      const bundle = await verifyBundle(file.bytes, {
        knownKeys,
        onStep: (step) => current() && setReached((steps.push(step), [...steps])),
        passphrase: (wrong) =>
          new Promise((resolve) => {
            answer = (passphrase) => {
              answer = null;
              if (current()) setLocked(null);
              resolve(passphrase);
            };
            if (current()) setLocked({ file, wrong, answer });
          }),
      });
      if (!current()) return;
      const backup = backupRefusal(bundle);
      if (backup) throw backup;
      setReached(STEPS.map((s) => s.step));
      // The preview's merge is kept with this object, for the import the agent may confirm.
      const kept = keptForImport(bundle);
      const items = await previewImport(repositoryContext(), kept);
      if (!current()) return;
      setPending({ bundle: kept, items });
      setCompared(false);
      setTypedPrint('');
    } catch (caught) {
      if (!current()) return;
      // The agent gave up typing the passphrase: nothing to report.
      if (isPassphraseError(caught)) {
        setReached([]);
        return;
      }
      setError(
        caught instanceof BundleError ? caught.message : `L’échange n’a pas pu être lu : ${failureMessage(caught)}`,
      );
    }
  }

  async function confirm() {
    if (!pending) return;
    const { bundle } = pending;
    try {
      if (!bundle.sender.known) {
        const { nom, service, site } = bundle.info.sender;
        await addCorrespondent(database(), {
          name: nom || site,
          service: [service, site].filter(Boolean).join(' — '),
          fingerprint: bundle.sender.fingerprint,
          addedAt: new Date().toISOString(),
        });
      }
      const outcome = await importVerified(repositoryContext(), bundle);
      setPending(null);
      setReached([]);
      setMessage(
        outcome.status === 'imported'
          ? `Échange importé : ${outcome.items.length} dossier(s).`
          : outcome.status === 'already-imported'
            ? 'Cet échange a déjà été importé : rien n’a changé.'
            : outcome.status === 'outdated'
              ? `Cet échange est plus ancien que le dernier reçu de cet expéditeur (n° ${outcome.highest}) : rien n’a changé.`
              : outcome.error.message,
      );
    } catch (caught) {
      setMessage(`L’import a échoué : ${toStorageError(caught).message}`);
    }
  }

  function stepStatus(step: VerifyStep): string {
    if (step === 'decryption' && pending && !pending.bundle.info.encryption) return 'sans objet (non chiffré)';
    if (!reached.includes(step)) return 'à vérifier';
    const last = reached.at(-1) === step;
    if (error && last) return 'refusé';
    if (locked && last) return 'phrase de passe demandée';
    return pending || !last ? 'vérifié' : 'en cours';
  }

  const unknownSender = pending && !pending.bundle.sender.known;
  return (
    <section aria-labelledby="import-titre" className="fr-mb-6w">
      <h2 id="import-titre" className="fr-h4">
        Importer un échange
      </h2>
      <p className="fr-hint-text">
        Choisissez un fichier .ctai, ou déposez-le n’importe où dans la fenêtre. Rien n’est modifié avant votre
        confirmation.
      </p>
      <Button iconId="fr-icon-download-line" onClick={() => void open()}>
        Importer un échange
      </Button>
      {reached.length > 0 && (
        <ol className="fr-mt-2w" aria-label="Vérification de l’échange">
          {STEPS.map(({ step, label: text }) => (
            <li key={step}>
              {text} : {stepStatus(step)}
            </li>
          ))}
        </ol>
      )}
      {locked && (
        <PassphrasePrompt
          intro={`L’échange ${locked.file.name} est signé et intact, mais chiffré : saisissez la phrase de passe que l’expéditeur vous a communiquée.`}
          label="Phrase de passe"
          wrong={locked.wrong}
          wrongMessage="Cette phrase de passe ne permet pas d’ouvrir l’échange. Vérifiez-la auprès de l’expéditeur, par téléphone."
          submitLabel="Déchiffrer"
          onSubmit={(passphrase) => locked.answer(passphrase)}
          onCancel={() => locked.answer(null)}
        />
      )}
      {error && (
        <div className="fr-mt-2w">
          <Alert
            severity="error"
            title="Échange refusé"
            description={`${error} Rien n’a été modifié dans vos dossiers.`}
          />
        </div>
      )}
      {pending && (
        <div className="fr-mt-2w">
          <p>
            Échange n° {pending.bundle.info.sequence} de <strong>{pending.bundle.info.sender.nom}</strong> (
            {pending.bundle.info.sender.site}), créé le {dateHeure(pending.bundle.info.createdAt)}.
          </p>
          {unknownSender ? (
            <>
              <Alert
                severity="warning"
                small
                description={`Expéditeur inconnu. Empreinte de sa clé : ${pending.bundle.sender.fingerprint}. Comparez-la, par téléphone, avec celle que votre correspondant lit dans ses Paramètres avant d’importer.`}
              />
              <FingerprintComparison
                received={pending.bundle.sender.fingerprint}
                typed={typedPrint}
                onType={setTypedPrint}
              />
            </>
          ) : (
            <p>Expéditeur connu : {pending.bundle.sender.known?.name}.</p>
          )}
          <div className="fr-table">
            <table>
              <caption>Ce que l’import va changer</caption>
              <thead>
                <tr>
                  <th scope="col">Dossier</th>
                  <th scope="col">Changement</th>
                  <th scope="col">Champs modifiés</th>
                  <th scope="col">Conflits</th>
                </tr>
              </thead>
              <tbody>
                {pending.items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.nom}</th>
                    <td>
                      {item.status === 'new'
                        ? 'Nouveau dossier'
                        : item.status === 'updated'
                          ? 'Mis à jour'
                          : 'Aucun changement'}
                    </td>
                    <td>
                      {item.changedFields.slice(0, 8).map(dottedFieldLabel).join(', ')}
                      {item.changedFields.length > 8 ? ` et ${item.changedFields.length - 8} autre(s)` : ''}
                    </td>
                    <td>
                      {item.conflicts.length ? item.conflicts.map((c) => dottedFieldLabel(c.path)).join(', ') : 'Aucun'}
                      {item.refused.length > 0 &&
                        ` ; contrat signé, gardé tel quel : ${item.refused.map((r) => `${r.champ} (reçu : ${r.valeurRecue})`).join(', ')}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {unknownSender && (
            <Checkbox
              small
              options={[
                {
                  label:
                    'J’ai comparé l’empreinte avec mon correspondant : elle est identique. Ajouter ce correspondant.',
                  nativeInputProps: { checked: compared, onChange: (e) => setCompared(e.target.checked) },
                },
              ]}
            />
          )}
          <div className="fr-btns-group fr-btns-group--inline">
            <Button
              disabled={
                !!unknownSender &&
                (!compared || compareFingerprints(pending.bundle.sender.fingerprint, typedPrint) === 'different')
              }
              onClick={() => void confirm()}
            >
              Confirmer l’import
            </Button>
            <Button
              priority="secondary"
              onClick={() => {
                setPending(null);
                setReached([]);
              }}
            >
              Annuler
            </Button>
          </div>
        </div>
      )}
      <p role="status" className="fr-text--sm fr-mt-1w">
        {message}
      </p>
    </section>
  );
}
