// Paramètres → Sauvegardes: the backups kept by the platform, a backup on request, the backup
// passphrase, and a restore after confirmation (the current state is itself backed up first).
import { openModal } from '../layout/open-modal';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { BACKUP_REASON_LABELS } from '../../../shared/backup/backup-name';
import { BundleError, isPassphraseError } from '../../../shared/bundle/bundle-error';
import { formatSize } from '../../../shared/format/file-size';
import type { BackupInfo } from '../../../shared/platform/platform';
import { BackupError } from '../../db/backup';
import { failureMessage } from '../../db/storage-error';
import { platform } from '../../platform';
import { PassphrasePrompt } from '../files/PassphrasePrompt';
import { EMPTY_PASSPHRASE, NewPassphraseFields, newPassphraseProblem } from '../files/NewPassphraseFields';
import { showRefusals } from '../layout/focus-first-refused';
import { useFlashStore } from '../state/flash-store';
import { restoreBackup, takeBackup, useBackupsVersion } from './backup-service';
import { dateHeure } from '../../../shared/format/dates';

const restoreModal = createModal({ id: 'confirmer-restauration', isOpenedByDefault: false });

function BackupPassphraseForm({ onChange }: { onChange: () => void }) {
  const [values, setValues] = useState(EMPTY_PASSPHRASE);
  const [error, setError] = useState<string | null>(null);
  const [isSet, setIsSet] = useState<boolean | null>(null);
  const showFlash = useFlashStore((s) => s.show);
  useEffect(() => {
    void platform.backups.passphrase().then((p) => setIsSet(p !== null));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = newPassphraseProblem(values);
    // A refusal takes the focus to its field, as every form does.
    showRefusals(event.currentTarget as HTMLElement, () => setError(problem));
    if (problem) return;
    await platform.backups.setPassphrase(values.value);
    setValues(EMPTY_PASSPHRASE);
    setIsSet(true);
    onChange();
    showFlash({
      severity: 'success',
      title: 'Les prochaines sauvegardes seront chiffrées.',
      description: 'Notez la phrase de passe en lieu sûr : sans elle, elles ne pourront pas être restaurées.',
    });
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="phrase-sauvegarde-titre" className="fr-mb-4w">
      <h3 id="phrase-sauvegarde-titre" className="fr-h6">
        Chiffrement des sauvegardes
      </h3>
      <p>
        {isSet === null
          ? '…'
          : isSet
            ? 'Les sauvegardes sont chiffrées avec une phrase de passe. Vous pouvez la changer : les sauvegardes déjà faites gardent l’ancienne.'
            : 'Les sauvegardes ne sont pas chiffrées. Choisissez une phrase de passe pour les chiffrer.'}
      </p>
      <NewPassphraseFields
        label="Phrase de passe des sauvegardes"
        hint="Au moins 12 caractères"
        value={values}
        error={error}
        onChange={setValues}
      />
      <div className="fr-btns-group fr-btns-group--inline">
        <Button type="submit">{isSet ? 'Changer la phrase de passe' : 'Chiffrer les sauvegardes'}</Button>
        {isSet && (
          <Button
            type="button"
            priority="secondary"
            onClick={() =>
              void platform.backups.setPassphrase(null).then(() => {
                setIsSet(false);
                onChange();
              })
            }
          >
            Ne plus chiffrer
          </Button>
        )}
      </div>
    </form>
  );
}

export function BackupsSection() {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [askPassphrase, setAskPassphrase] = useState<{ wrong: boolean } | null>(null);

  const written = useBackupsVersion((state) => state.version);
  const refresh = useCallback(() => {
    platform.backups.list().then(setBackups, () => setBackups([]));
  }, []);
  useEffect(refresh, [refresh, written]);

  async function backupNow() {
    setBusy(true);
    setStatus('Sauvegarde en cours…');
    const outcome = await takeBackup('manuelle');
    setBusy(false);
    setStatus(
      outcome.written
        ? `Sauvegarde faite : ${outcome.name}.`
        : `La sauvegarde a échoué. ${outcome.error ?? 'Raison inconnue : recommencez.'}`,
    );
  }

  async function restore(backup: BackupInfo, withPassphrase?: string) {
    setBusy(true);
    setStatus(`Restauration de la sauvegarde du ${dateHeure(backup.createdAt)}…`);
    try {
      // The restart says what was restored (the restore leaves that sentence with its mark).
      await restoreBackup(backup.name, `du ${dateHeure(backup.createdAt)}`, withPassphrase);
      setStatus('Sauvegarde restaurée. L’application redémarre…');
      window.location.reload();
    } catch (error) {
      setBusy(false);
      if (isPassphraseError(error)) {
        setChosen(backup);
        setAskPassphrase({ wrong: error.code === 'bundle-wrong-passphrase' && withPassphrase !== undefined });
        setStatus('Cette sauvegarde est chiffrée avec une autre phrase de passe : saisissez-la.');
        return;
      }
      setStatus(
        `Rien n’a été restauré : ${error instanceof BackupError || error instanceof BundleError ? error.message : failureMessage(error)}`,
      );
      refresh();
    }
  }

  return (
    <section aria-labelledby="sauvegardes-titre" className="fr-mb-6w">
      <h2 id="sauvegardes-titre" className="fr-h4">
        Sauvegardes
      </h2>
      <p>
        Une sauvegarde complète (dossiers, historique, documents, paramètres) est faite au premier démarrage de chaque
        journée et avant chaque mise à jour de la base.{' '}
        {platform.kind === 'electron'
          ? 'Elles sont gardées dans le dossier de données de l’application et contiennent votre clé de signature, telle que le système la chiffre : elle ne peut être rouverte que sur cet ordinateur, dans votre session.'
          : 'En mode navigateur, elles sont gardées dans ce navigateur.'}
      </p>
      <BackupPassphraseForm onChange={refresh} />
      <Button iconId="fr-icon-save-line" disabled={busy} onClick={() => void backupNow()}>
        Sauvegarder maintenant
      </Button>
      <p role="status" className="fr-text--sm fr-mt-1w">
        {status}
      </p>
      {askPassphrase && chosen && (
        <PassphrasePrompt
          intro={`La sauvegarde du ${dateHeure(chosen.createdAt)} est chiffrée avec une autre phrase de passe que l’actuelle.`}
          label="Phrase de passe de cette sauvegarde"
          wrong={askPassphrase.wrong}
          wrongMessage="Cette phrase de passe n’ouvre pas la sauvegarde. Essayez celle qui était en place à sa date."
          submitLabel="Restaurer avec cette phrase de passe"
          busy={busy}
          onSubmit={(passphrase) => void restore(chosen, passphrase)}
          onCancel={() => {
            setAskPassphrase(null);
            setStatus('');
          }}
        />
      )}
      {backups === null ? (
        <p>Chargement des sauvegardes…</p>
      ) : backups.length === 0 ? (
        <p>
          Aucune sauvegarde pour l’instant : la première sera faite au prochain démarrage de l’application, ou dès
          maintenant avec « Sauvegarder maintenant ».
        </p>
      ) : (
        <div className="fr-table">
          <table>
            <caption>Sauvegardes conservées ({backups.length})</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Motif</th>
                <th scope="col">Taille</th>
                <th scope="col">Restaurer</th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.name}>
                  <td>{dateHeure(backup.createdAt)}</td>
                  <td>{BACKUP_REASON_LABELS[backup.reason] ?? backup.reason}</td>
                  <td>{formatSize(backup.size)}</td>
                  <td>
                    <Button
                      size="small"
                      priority="secondary"
                      disabled={busy}
                      onClick={(event) => {
                        setChosen(backup);
                        setAskPassphrase(null);
                        openModal(restoreModal, event.currentTarget);
                      }}
                    >
                      Restaurer
                      <span className="fr-sr-only"> la sauvegarde du {dateHeure(backup.createdAt)}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <restoreModal.Component
        title="Restaurer cette sauvegarde ?"
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          { children: 'Restaurer la sauvegarde', onClick: () => chosen && void restore(chosen) },
        ]}
      >
        {chosen ? (
          <>
            Les dossiers, documents, paramètres et la clé de signature redeviendront ceux du{' '}
            {dateHeure(chosen.createdAt)}. L’état actuel sera d’abord sauvegardé : vous pourrez y revenir en restaurant
            la sauvegarde « Avant une restauration ».
          </>
        ) : (
          ''
        )}
      </restoreModal.Component>
      {backups && backups.length > 0 && platform.kind === 'browser' && (
        <Alert
          severity="info"
          small
          description="En mode navigateur, la clé de signature ne peut pas être sauvegardée : elle ne quitte jamais le navigateur."
        />
      )}
    </section>
  );
}
