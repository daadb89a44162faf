// Importer un échange: verification shown step by step with no write, then a preview of what
// will change, then, on confirmation, everything applied at once.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { useState } from 'react';
import { BundleError } from '../../../shared/bundle/bundle-error';
import { verifyBundle, type VerifiedBundle, type VerifyStep } from '../../../shared/bundle/verify-bundle';
import { dottedFieldLabel } from '../../../shared/dossier/field-path';
import { database } from '../../db/database';
import { importVerified, previewImport, type ImportPreviewItem } from '../../db/import-bundle';
import { getCorrespondents, saveCorrespondent } from '../../db/settings-repository';
import { toStorageError } from '../../db/storage-error';
import { platform } from '../../platform';
import { repositoryContext } from '../state/repository-context';

const STEPS: { step: VerifyStep; label: string }[] = [
  { step: 'archive', label: 'Archive' },
  { step: 'structure', label: 'Structure' },
  { step: 'signature', label: 'Signature' },
  { step: 'sender', label: 'Expéditeur' },
  { step: 'version', label: 'Version du format' },
  { step: 'integrity', label: 'Intégrité de chaque fichier' },
  { step: 'dossiers', label: 'Dossiers' },
];

export function ImportSection() {
  const [reached, setReached] = useState<VerifyStep[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ bundle: VerifiedBundle; items: ImportPreviewItem[] } | null>(null);
  const [compared, setCompared] = useState(false);
  const [message, setMessage] = useState('');

  async function open() {
    setError(null);
    setPending(null);
    setMessage('');
    setReached([]);
    const file = await platform.openFile([{ name: 'Échange Contrats CTAI', extensions: ['ctai'] }]);
    if (!file.opened) return;
    const steps: VerifyStep[] = [];
    try {
      const knownKeys = (await getCorrespondents(database())).map((c) => ({
        name: c.name,
        fingerprint: c.fingerprint,
        revoked: c.revoked,
      }));
      const bundle = await verifyBundle(file.bytes, {
        knownKeys,
        onStep: (step) => setReached((steps.push(step), [...steps])),
      });
      setReached(STEPS.map((s) => s.step));
      const items = await previewImport(repositoryContext(), bundle);
      setPending({ bundle, items });
      setCompared(false);
    } catch (caught) {
      setError(
        caught instanceof BundleError
          ? caught.message
          : `L’échange n’a pas pu être lu : ${toStorageError(caught).message}`,
      );
    }
  }

  async function confirm() {
    if (!pending) return;
    const { bundle } = pending;
    try {
      if (!bundle.sender.known) {
        await saveCorrespondent(database(), {
          name: bundle.info.sender.nom || bundle.info.sender.site,
          service: `${bundle.info.sender.service} — ${bundle.info.sender.site}`,
          fingerprint: bundle.sender.fingerprint,
          addedAt: new Date().toISOString(),
          revoked: false,
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

  const unknownSender = pending && !pending.bundle.sender.known;
  return (
    <section aria-labelledby="import-titre" className="fr-mb-6w">
      <h2 id="import-titre" className="fr-h4">
        Importer un échange
      </h2>
      <Button iconId="fr-icon-download-line" onClick={() => void open()}>
        Importer un échange
      </Button>
      {reached.length > 0 && (
        <ol className="fr-mt-2w" aria-label="Vérification de l’échange">
          {STEPS.map(({ step, label: text }) => (
            <li key={step}>
              {text} :{' '}
              {reached.includes(step)
                ? error && reached.at(-1) === step
                  ? 'refusé'
                  : pending || reached.indexOf(step) < reached.length - 1
                    ? 'vérifié'
                    : 'en cours'
                : 'à vérifier'}
            </li>
          ))}
        </ol>
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
            {pending.bundle.info.sender.site}), créé le{' '}
            {new Date(pending.bundle.info.createdAt).toLocaleString('fr-FR')}.
          </p>
          {unknownSender ? (
            <Alert
              severity="warning"
              small
              description={`Expéditeur inconnu. Empreinte de sa clé : ${pending.bundle.sender.fingerprint}. Comparez-la, par téléphone, avec celle que votre correspondant lit dans ses Paramètres avant d’importer.`}
            />
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
                      {item.changedFields.length > 8 ? '…' : ''}
                    </td>
                    <td>
                      {item.conflicts.length ? item.conflicts.map((c) => dottedFieldLabel(c.path)).join(', ') : 'Aucun'}
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
            <Button disabled={!!unknownSender && !compared} onClick={() => void confirm()}>
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
