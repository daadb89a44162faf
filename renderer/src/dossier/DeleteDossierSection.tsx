// Deleting a dossier created by mistake (dossier-removal.ts says which may be): after
// confirmation, a backup first, so that the dossier stays in the latest backup; the others are
// abandoned, and this says why.
import { openModal } from '../layout/open-modal';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { database } from '../../db/database';
import { deleteDossier, dossierDeletability } from '../../db/dossier-removal';
import { toStorageError } from '../../db/storage-error';
import { useFlashStore } from '../state/flash-store';
import { useRouteStore } from '../state/route-store';

const deleteModal = createModal({ id: 'confirmer-suppression-dossier', isOpenedByDefault: false });

const NOT_DELETABLE = {
  exchanged:
    'Ce dossier a déjà fait partie d’un échange avec un autre site : il ne peut plus être supprimé, seulement abandonné (avec un motif).',
  signed: 'Le contrat de ce dossier est signé : il ne peut plus être supprimé, seulement abandonné (avec un motif).',
};

export function DeleteDossierSection({ dossier }: { dossier: Dossier }) {
  const deletability = useLiveQuery(() => dossierDeletability(database(), dossier.id), [dossier]);
  const [busy, setBusy] = useState(false);
  const showFlash = useFlashStore((state) => state.show);
  const navigate = useRouteStore((state) => state.navigate);
  if (!deletability) return null;
  const nom = dossier.collectivite.nom;

  async function remove() {
    setBusy(true);
    try {
      const { takeBackup } = await import('../backups/backup-service');
      const backup = await takeBackup('avant-suppression');
      if (!backup.written) {
        showFlash({
          severity: 'error',
          title: 'Le dossier n’a pas été supprimé : la sauvegarde faite avant n’a pas pu être écrite.',
          description: `${backup.error ?? ''} Libérez de la place sur le disque, puis recommencez.`,
        });
        return;
      }
      if (!(await deleteDossier(database(), dossier.id))) {
        showFlash({
          severity: 'info',
          title: 'Le dossier n’a pas été supprimé.',
          description: 'Il a été échangé ou signé entre-temps : abandonnez-le plutôt, avec un motif.',
        });
        return;
      }
      showFlash({
        severity: 'success',
        title: `Dossier « ${nom} » supprimé.`,
        description:
          'Il reste dans la sauvegarde faite juste avant (Paramètres → Sauvegardes, « Avant la suppression d’un dossier »).',
      });
      navigate({ screen: 'dossiers' });
    } catch (error) {
      showFlash({
        severity: 'error',
        title: 'Le dossier n’a pas été supprimé.',
        description: toStorageError(error).message,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="suppression-dossier" className="fr-mt-4w">
      <h2 id="suppression-dossier" className="fr-h5">
        Dossier créé par erreur ?
      </h2>
      {deletability.deletable ? (
        <>
          <p className="fr-text--sm">
            Ce dossier n’a jamais été échangé ni signé : il peut être supprimé de ce poste, avec ses documents.
          </p>
          <Button
            priority="tertiary"
            iconId="fr-icon-delete-line"
            disabled={busy}
            onClick={(event) => openModal(deleteModal, event.currentTarget)}
          >
            Supprimer le dossier…
          </Button>
        </>
      ) : (
        <p className="fr-text--sm">{NOT_DELETABLE[deletability.reason]}</p>
      )}
      <deleteModal.Component
        title={`Supprimer le dossier « ${nom} » ?`}
        buttons={[
          { children: 'Garder le dossier', priority: 'secondary' },
          { children: 'Supprimer le dossier', onClick: () => void remove() },
        ]}
      >
        {`Le dossier${dossier.numero ? ` n° ${dossier.numero}` : ''} et ses documents seront supprimés de ce poste. Une sauvegarde est faite juste avant : il pourra être retrouvé en la restaurant (Paramètres → Sauvegardes).`}
      </deleteModal.Component>
    </section>
  );
}
