// Exporter un échange: which dossiers (all, a selection, or those changed since the last bundle
// sent to a recipient), optionally encrypted; the bundle is prepared in memory so that its size
// is known before it is written, with scans left out or the export split when it is too large
// for email; then each file is saved where the agent chooses (a USB stick) and journaled.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { sortDossiers } from '../../../shared/dossier/dossier-filter';
import { database } from '../../db/database';
import { listDossiers } from '../../db/dossier-list';
import {
  dossiersChangedSince,
  exportRecipients,
  lastExportTo,
  prepareExport,
  recordExport,
  type PreparedBundle,
} from '../../db/export-bundle';
import { getExchangePreferences } from '../../db/settings-repository';
import { failureMessage } from '../../db/storage-error';
import { platform } from '../../platform';
import { useAgentStore } from '../state/agent-store';
import { EMPTY_PASSPHRASE, NewPassphraseFields, newPassphraseProblem } from '../files/NewPassphraseFields';
import { showRefusals } from '../layout/focus-first-refused';

/** The export's passphrase fields, where a refused passphrase takes the focus. */
const PASSPHRASE_FIELDS = 'phrase-echange';
import { SaveStatus, type SaveOutcome } from '../files/SaveStatus';
import { DossierChecklist } from './DossierChecklist';
import { repositoryContext } from '../state/repository-context';
import { formatSize } from '../../../shared/format/file-size';
import { accordNombre, compte } from '../../../shared/format/plural';
import { dateHeure } from '../../../shared/format/dates';

type Mode = 'selection' | 'all' | 'changed';

export function ExportSection() {
  const rows = useLiveQuery(async () => sortDossiers(await listDossiers(database()), 'nom'), []) ?? [];
  const recipients = useLiveQuery(() => exportRecipients(repositoryContext()), []) ?? [];
  const emailLimit = (useLiveQuery(() => getExchangePreferences(database()), [])?.emailLimitMb ?? 10) * 1024 * 1024;
  const [mode, setMode] = useState<Mode>('selection');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [recipient, setRecipient] = useState('');
  // The changed dossiers are looked up only in that mode: not on every keystroke of the recipient.
  const since = useLiveQuery(async () => {
    const at = await lastExportTo(repositoryContext(), recipient);
    return { at, ids: mode === 'changed' ? await dossiersChangedSince(repositoryContext(), at) : null };
  }, [recipient, rows, mode]);
  const [withScans, setWithScans] = useState(true);
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState(EMPTY_PASSPHRASE);
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [prepared, setPrepared] = useState<PreparedBundle[] | null>(null);
  const [message, setMessage] = useState('');
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const prefecture = useAgentStore((s) => s.prefecture);

  const chosen = mode === 'all' ? rows.map((r) => r.id) : mode === 'changed' ? (since?.ids ?? []) : [...selected];

  function changed<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setPrepared(null);
      setMessage('');
      setOutcome(null);
    };
  }

  async function prepare(options: { withScans: boolean; split: boolean }) {
    if (chosen.length === 0) {
      setMessage(
        mode === 'changed'
          ? 'Aucun dossier n’a changé depuis le dernier échange envoyé à ce destinataire : rien à exporter.'
          : 'Choisissez au moins un dossier à exporter.',
      );
      return;
    }
    if (encrypt) {
      const problem = newPassphraseProblem(passphrase);
      showRefusals(document.getElementById(PASSPHRASE_FIELDS), () => setPassphraseError(problem));
      if (problem) return;
    }
    setWithScans(options.withScans);
    setPrepared(null);
    setOutcome(null);
    setMessage('Préparation de l’échange signé…');
    setProgress(0);
    try {
      const bundles = await prepareExport(repositoryContext(), {
        dossierIds: chosen,
        recipient: recipient.trim(),
        departement: prefecture?.departementCode || rows.find((r) => r.id === chosen[0])?.departement || '00',
        publicKey: await platform.publicKey(),
        sign: (message) => platform.sign(message),
        withScans: options.withScans,
        ...(encrypt ? { passphrase: passphrase.value } : {}),
        ...(options.split ? { splitAbove: emailLimit } : {}),
        onProgress: (done, total) => setProgress(Math.round((done / total) * 100)),
      });
      setPrepared(bundles);
      setMessage('');
    } catch (error) {
      setMessage(`L’échange n’a pas été préparé : ${failureMessage(error)}`);
    } finally {
      setProgress(null);
    }
  }

  async function save(bundles: PreparedBundle[]) {
    const saved: string[] = [];
    let location: string | undefined;
    let refusal: string | undefined;
    try {
      for (const bundle of bundles) {
        const result = await platform.saveBundle({
          suggestedName: bundle.name,
          file: bundle.file,
          filters: [{ name: 'Échange Contrats CTAI', extensions: ['ctai'] }],
        });
        if (!result.saved) {
          refusal = result.error;
          break;
        }
        location = result.location;
        await recordExport(repositoryContext(), bundle, result.sha256);
        saved.push(bundle.name);
      }
    } catch (error) {
      refusal = `L’échange n’a pas été enregistré : ${failureMessage(error)}`;
    }
    if (saved.length === bundles.length) setPrepared(null);
    const message =
      saved.length === bundles.length
        ? `${saved.length > 1 ? 'Échanges enregistrés' : 'Échange enregistré'} : ${saved.join(', ')}.${encrypt ? ' Communiquez la phrase de passe par téléphone, jamais dans le même courriel.' : ''}`
        : saved.length === 0
          ? (refusal ?? 'Enregistrement annulé : aucun fichier n’a été écrit.')
          : `Enregistrement interrompu : ${saved.join(', ')} ${accordNombre(saved.length, 'enregistré', 'enregistrés')}, les autres non. ${refusal ?? ''} Cliquez de nouveau sur « Enregistrer » pour les suivants.`;
    setOutcome({ message, ...(location ? { location } : {}) });
    if (saved.length && saved.length < bundles.length) setPrepared(bundles.slice(saved.length));
  }

  const total = prepared?.reduce((sum, b) => sum + b.size, 0) ?? 0;
  const overLimit = prepared?.filter((b) => b.size > emailLimit) ?? [];
  const tooLarge = overLimit.length > 0;
  // Cutting helps only a file of several dossiers: one dossier over the limit stays over it.
  const splitHelps = chosen.length > 1 && overLimit.some((b) => b.dossierIds.length > 1);
  const scans = prepared?.reduce((sum, b) => sum + b.scanBytes, 0) ?? 0;
  const documentCount = prepared?.reduce((sum, b) => sum + b.documentCount, 0) ?? 0;
  const scansLeftOut = prepared?.reduce((sum, b) => sum + b.scansLeftOut, 0) ?? 0;

  return (
    <section aria-labelledby="export-titre" className="fr-mb-6w">
      <h2 id="export-titre" className="fr-h4">
        Exporter un échange
      </h2>
      <Input
        label="Destinataire"
        hintText="Par exemple : Préfecture de l’Isère, bureau de l’intégration"
        nativeInputProps={{
          value: recipient,
          list: 'destinataires-connus',
          onChange: (e) => changed(setRecipient)(e.target.value),
        }}
      />
      <datalist id="destinataires-connus">
        {recipients.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <RadioButtons
        legend={`Dossiers à envoyer (${chosen.length} ${accordNombre(chosen.length, 'choisi')})`}
        name="export-mode"
        options={[
          {
            label: 'Une sélection',
            nativeInputProps: { checked: mode === 'selection', onChange: () => changed(setMode)('selection') },
          },
          {
            label: 'Tous les dossiers',
            nativeInputProps: { checked: mode === 'all', onChange: () => changed(setMode)('all') },
          },
          {
            label: 'Les dossiers modifiés depuis le dernier échange envoyé à ce destinataire',
            hintText: !recipient.trim()
              ? 'Indiquez d’abord le destinataire.'
              : since?.at
                ? `Dernier envoi le ${dateHeure(since.at)}${since.ids ? ` : ${compte(since.ids.length, 'dossier modifié', 'dossiers modifiés')} depuis` : ''}.`
                : 'Aucun échange envoyé à ce destinataire : tous les dossiers seront envoyés.',
            nativeInputProps: { checked: mode === 'changed', onChange: () => changed(setMode)('changed') },
          },
        ]}
      />
      {mode === 'selection' && <DossierChecklist rows={rows} selected={selected} onChange={changed(setSelected)} />}
      <Checkbox
        small
        options={[
          {
            label: 'Joindre les scans des contrats signés',
            nativeInputProps: { checked: withScans, onChange: (e) => changed(setWithScans)(e.target.checked) },
          },
          {
            label: 'Chiffrer l’échange avec une phrase de passe',
            hintText: 'Le destinataire devra la saisir pour l’ouvrir. Communiquez-la par téléphone.',
            nativeInputProps: { checked: encrypt, onChange: (e) => changed(setEncrypt)(e.target.checked) },
          },
        ]}
      />
      {encrypt && (
        <NewPassphraseFields
          id={PASSPHRASE_FIELDS}
          label="Phrase de passe"
          hint="Au moins 12 caractères, par exemple quatre mots sans rapport entre eux"
          value={passphrase}
          error={passphraseError}
          onChange={changed(setPassphrase)}
        />
      )}
      <Button
        iconId="fr-icon-upload-line"
        disabled={progress !== null}
        onClick={() => void prepare({ withScans, split: false })}
      >
        Préparer l’échange
      </Button>
      {progress !== null && (
        <div className="fr-mt-2w">
          <label htmlFor="export-progression" className="fr-label">
            Préparation : {progress} %
          </label>
          <progress id="export-progression" max={100} value={progress} className="ctai-progress" />
        </div>
      )}
      {prepared && (
        <div className="fr-mt-2w">
          <p>
            {prepared.length > 1 ? `${prepared.length} échanges prêts` : 'Échange prêt'} :{' '}
            {prepared.map((b) => `${b.name} (${formatSize(b.size)})`).join(', ')}
            {prepared.length > 1 ? `, ${formatSize(total)} en tout` : ''}
            {documentCount ? `, avec ${compte(documentCount, 'document')}` : ''}
            {scans ? `, dont ${formatSize(scans)} de scans` : ''}.
          </p>
          {scansLeftOut > 0 && (
            <p>
              {scansLeftOut > 1
                ? `${scansLeftOut} scans de contrats signés restent sur ce poste : envoyez-les dans un prochain échange.`
                : 'Un scan de contrat signé reste sur ce poste : envoyez-le dans un prochain échange.'}
            </p>
          )}
          {tooLarge && (
            <Alert severity="warning" small description={overLimitText(overLimit, emailLimit, splitHelps, scans > 0)} />
          )}
          <div className="fr-btns-group fr-btns-group--inline fr-mt-1w">
            <Button onClick={() => void save(prepared)}>
              {prepared.length > 1 ? `Enregistrer les ${prepared.length} échanges` : 'Enregistrer l’échange'}
            </Button>
            {tooLarge && scans > 0 && (
              <Button priority="secondary" onClick={() => void prepare({ withScans: false, split: false })}>
                Laisser les scans de côté
              </Button>
            )}
            {tooLarge && splitHelps && (
              <Button priority="secondary" onClick={() => void prepare({ withScans, split: true })}>
                Découper en plusieurs échanges
              </Button>
            )}
          </div>
        </div>
      )}
      <p role="status" className="fr-text--sm fr-mt-1w">
        {message}
      </p>
      <SaveStatus outcome={outcome} />
    </section>
  );
}

/**
 * Which prepared files exceed the email limit, by name and size, and what can be done: a USB
 * stick always; leaving the scans out when there are; cutting when a file holds several dossiers
 * (said not to help when each file over the limit holds one dossier only).
 */
function overLimitText(
  overLimit: readonly PreparedBundle[],
  emailLimit: number,
  splitHelps: boolean,
  withScans: boolean,
): string {
  const named = overLimit.map((b) => `« ${b.name} » (${formatSize(b.size)})`).join(', ');
  const alone = overLimit.every((b) => b.dossierIds.length === 1);
  const remedies = [
    'transmettez-le sur une clé USB',
    ...(withScans ? ['laissez les scans de côté'] : []),
    ...(splitHelps ? ['découpez-le en plusieurs échanges'] : []),
  ];
  const list = remedies.length > 1 ? `${remedies.slice(0, -1).join(', ')} ou ${remedies.at(-1)!}` : remedies[0]!;
  return (
    `${overLimit.length > 1 ? 'Ces fichiers dépassent' : 'Ce fichier dépasse'} ${formatSize(emailLimit)}, la limite des courriels fixée dans les Paramètres : ${named}. ` +
    (alone
      ? `${overLimit.length > 1 ? 'Chacun ne tient' : 'Il ne tient'} qu’un dossier : le découper ne suffirait pas. `
      : '') +
    `${list.charAt(0).toUpperCase()}${list.slice(1)}.`
  );
}
