// Importer un échange, through the import service (renderer/db/import-bundle.ts): verification
// shown step by step with no write; an unknown sender asked about once the signature and
// bag-info hold, before the payload is unpacked; the passphrase of an encrypted bundle asked once
// its integrity holds (verification waiting meanwhile); then a preview of what will change, then,
// on confirmation, everything applied at once. A bundle can also arrive dropped on the window or
// opened from the file manager (incoming-bundle-store).
import { useFlashStore } from '../state/flash-store';
import type { ByteSource } from '../../../shared/bundle/byte-source';
import { compte } from '../../../shared/format/plural';
import { routeHref } from '../state/route-store';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import type { UnknownSender, VerifyStep } from '../../../shared/bundle/verify-bundle';
import { dottedFieldLabel } from '../../../shared/dossier/field-path';
import { confirmImport, prepareImport, type ImportOutcome, type PreparedImport } from '../../db/import-bundle';
import { failureMessage, toStorageError } from '../../db/storage-error';
import { platform } from '../../platform';
import { useIncomingBundleStore, type IncomingBundle } from '../state/incoming-bundle-store';
import { PassphrasePrompt } from '../files/PassphrasePrompt';
import { repositoryContext } from '../state/repository-context';
import { dateHeure } from '../../../shared/format/dates';
import { UnknownSenderQuestion } from './UnknownSenderQuestion';

const STEPS: { step: VerifyStep; label: string }[] = [
  { step: 'archive', label: 'Archive' },
  { step: 'structure', label: 'Structure' },
  { step: 'signature', label: 'Signature' },
  { step: 'version', label: 'Version du format' },
  { step: 'sender', label: 'Expéditeur' },
  { step: 'integrity', label: 'Intégrité de chaque fichier' },
  { step: 'decryption', label: 'Déchiffrement (échange chiffré seulement)' },
  { step: 'dossiers', label: 'Dossiers' },
];

/** What verification waits for from the agent. */
type Question =
  | { kind: 'passphrase'; file: IncomingBundle; wrong: boolean; answer: (passphrase: string | null) => void }
  | { kind: 'sender'; sender: UnknownSender; answer: (recognised: boolean) => void };

/** The sentence for an outcome that ends the import without a preview or after the confirmation. */
function outcomeMessage(outcome: Exclude<ImportOutcome, { status: 'cancelled' | 'refused' }>): string {
  switch (outcome.status) {
    case 'imported':
      return `Échange importé : ${compte(outcome.items.length, 'dossier')}.`;
    case 'already-imported':
      return 'Cet échange a déjà été importé : rien n’a changé.';
  }
}

/** Makes `source` the file held open, closing the one held before. */
function holdSource(held: { current: ByteSource | null }, source: ByteSource | null): void {
  if (held.current !== source) void held.current?.close?.();
  held.current = source;
}

export function ImportSection() {
  const [reached, setReached] = useState<VerifyStep[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<PreparedImport | null>(null);
  const [message, setMessage] = useState('');
  /** The dossiers of the last import, each linked. */
  const [imported, setImported] = useState<{ id: string; nom: string }[]>([]);
  const [question, setQuestion] = useState<Question | null>(null);
  // The verification under way: a newer one (another file) silences the older, which gives up.
  const latest = useRef<{ giveUp: () => void } | null>(null);
  const incoming = useIncomingBundleStore((state) => state.incoming);
  // The file being verified or waiting for confirmation, held open (Electron: by main) because the
  // import reads its documents only when it stores them; let go once done, refused or given up.
  const held = useRef<ByteSource | null>(null);

  useEffect(() => {
    const file = useIncomingBundleStore.getState().take();
    if (file) void inspect(file);
  }, [incoming]);
  // Leaving the screen gives up a verification that waits for the agent.
  useEffect(
    () => () => {
      const run = latest.current;
      latest.current = null;
      run?.giveUp();
      holdSource(held, null);
    },
    [],
  );

  async function open() {
    const file = await platform.openBundle([{ name: 'Échange Contrats CTAI', extensions: ['ctai'] }]);
    if (file.opened) await inspect(file);
    else if (file.error) setMessage(file.error);
  }

  async function inspect(file: IncomingBundle) {
    latest.current?.giveUp();
    let giveUp: (() => void) | null = null;
    const run = { giveUp: () => giveUp?.() };
    latest.current = run;
    const current = () => latest.current === run;
    /** Waits for the agent's answer to a question; leaving or another file answers `none`. */
    function ask<T>(none: T, shown: (answer: (value: T) => void) => Question): Promise<T> {
      return new Promise((resolve) => {
        const answer = (value: T) => {
          giveUp = null;
          if (current()) setQuestion(null);
          resolve(value);
        };
        giveUp = () => answer(none);
        if (current()) setQuestion(shown(answer));
        else answer(none);
      });
    }
    setError(null);
    setPending(null);
    setMessage('');
    setReached([]);
    setQuestion(null);
    // A banner left by an earlier drop (« ce fichier ne peut pas être importé ») is not about this file.
    useFlashStore.getState().clear();
    holdSource(held, file.source);
    let ready = false;
    const steps: VerifyStep[] = [];
    try {
      const outcome = await prepareImport(repositoryContext(), file.source, {
        onStep: (step) => current() && setReached((steps.push(step), [...steps])),
        askUnknownSender: (sender) => ask(false, (answer) => ({ kind: 'sender', sender, answer })),
        passphrase: (wrong) => ask<string | null>(null, (answer) => ({ kind: 'passphrase', file, wrong, answer })),
      });
      if (!current()) return;
      if (outcome.status === 'cancelled') {
        setReached([]);
        return;
      }
      if (outcome.status === 'refused') {
        setError(outcome.error.message);
        return;
      }
      ready = outcome.status === 'ready';
      // Already imported: nothing more is checked, the message says why.
      setReached(ready ? STEPS.map((s) => s.step) : []);
      if (outcome.status === 'ready') setPending(outcome);
      else setMessage(outcomeMessage(outcome));
    } catch (caught) {
      if (current()) setError(`L’échange n’a pas pu être lu : ${failureMessage(caught)}`);
    } finally {
      // Nothing waits any more: the file's bytes, held by this run, are let go (the preview keeps
      // only its dossiers).
      if (current()) {
        latest.current = null;
        if (!ready) holdSource(held, null);
      }
    }
  }

  async function confirm() {
    if (!pending) return;
    try {
      const outcome = await confirmImport(repositoryContext(), pending).finally(() => holdSource(held, null));
      setPending(null);
      setImported(outcome.status === 'imported' ? outcome.items.map(({ id, nom }) => ({ id, nom })) : []);
      setReached([]);
      if (outcome.status === 'refused') setMessage(outcome.error.message);
      else if (outcome.status !== 'cancelled') setMessage(outcomeMessage(outcome));
      if (outcome.status === 'imported') {
        const proof = await outcome.historyProof;
        if (proof.withdrawn.length)
          setMessage(
            `${outcomeMessage(outcome)} ${compte(proof.withdrawn.length, 'dossier retiré', 'dossiers retirés')} : leur contenu ne correspond pas à leur historique (voir le journal). Demandez à l’expéditeur de les renvoyer.`,
          );
      }
    } catch (caught) {
      setMessage(`L’import a échoué : ${toStorageError(caught).message}`);
    }
  }

  function stepStatus(step: VerifyStep): string {
    if (step === 'decryption' && pending && !pending.bundle.info.encryption) return 'sans objet (non chiffré)';
    if (!reached.includes(step)) return error ? 'non atteinte' : 'à vérifier';
    const last = reached.at(-1) === step;
    if (error && last) return 'refusé';
    if (question?.kind === 'passphrase' && last) return 'phrase de passe demandée';
    if (question?.kind === 'sender' && last) return 'inconnu, empreinte à comparer ci-dessous';
    return pending || !last ? 'vérifié' : 'en cours';
  }

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
      {question?.kind === 'sender' && <UnknownSenderQuestion sender={question.sender} onAnswer={question.answer} />}
      {question?.kind === 'passphrase' && (
        <PassphrasePrompt
          intro={`L’échange ${question.file.name} est signé et intact, mais chiffré : saisissez la phrase de passe que l’expéditeur vous a communiquée.`}
          label="Phrase de passe"
          wrong={question.wrong}
          wrongMessage="Cette phrase de passe ne permet pas d’ouvrir l’échange. Vérifiez-la auprès de l’expéditeur, par téléphone."
          submitLabel="Déchiffrer"
          onSubmit={(passphrase) => question.answer(passphrase)}
          onCancel={() => question.answer(null)}
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
          {pending.bundle.sender.known ? (
            <p>Expéditeur connu : {pending.bundle.sender.known.name}.</p>
          ) : (
            <p>
              Nouveau correspondant, empreinte comparée : il sera ajouté à vos correspondants avec l’import (empreinte{' '}
              <code className="ctai-hash">{pending.bundle.sender.fingerprint}</code>).
            </p>
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
                      {item.changedFields.length > 8
                        ? ` et ${compte(item.changedFields.length - 8, 'autre champ', 'autres champs')}`
                        : ''}
                    </td>
                    <td>
                      {item.conflicts.length || item.deletions.length
                        ? [
                            ...item.conflicts.map((c) => dottedFieldLabel(c.path)),
                            ...item.deletions.map(
                              (label) => `${label} (supprimé ici ou là-bas, modifié de l’autre côté)`,
                            ),
                          ].join(', ')
                        : 'Aucun'}
                      {item.refused.length > 0 &&
                        ` ; contrat signé, gardé tel quel : ${item.refused.map((r) => `${r.champ} (reçu : ${r.valeurRecue})`).join(', ')}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="fr-btns-group fr-btns-group--inline">
            <Button onClick={() => void confirm()}>Confirmer l’import</Button>
            <Button
              priority="secondary"
              onClick={() => {
                setPending(null);
                setReached([]);
                holdSource(held, null);
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
      {imported.length > 0 && (
        <ul aria-label="Dossiers de l’échange importé" className="fr-text--sm">
          {imported.map(({ id, nom }) => (
            <li key={id}>
              <a href={routeHref({ screen: 'dossier', id, tab: 'synthese' })}>{nom}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
