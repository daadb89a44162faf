// Loading the demo dossiers, after confirmation. Their ids come from a fixed seed, so loading them
// again writes over the same demo dossiers and never over the agent's own.
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { storeDossiers } from '../../db/dossiers-repository';
import { toStorageError } from '../../db/storage-error';
import { openModal } from '../layout/open-modal';
import { loadReferentiel } from '../referentiel/load-referentiel';
import { repositoryContext } from '../state/repository-context';
import { accordNombre, compte } from '../../../shared/format/plural';

const DEMO_COUNT = 200;

const confirmModal = createModal({ id: 'confirmer-donnees-demo', isOpenedByDefault: false });

export function DemoDataSection() {
  const [status, setStatus] = useState<{ busy: boolean; message: string }>({ busy: false, message: '' });

  async function load() {
    setStatus({ busy: true, message: 'Création des dossiers de démonstration…' });
    try {
      const [{ generateDemoDossiers }, referentiel] = await Promise.all([
        import('../../../shared/demo/generate-demo'),
        loadReferentiel(),
      ]);
      const dossiers = generateDemoDossiers(referentiel.entries, { count: DEMO_COUNT, seed: 2026 });
      await storeDossiers(repositoryContext(), dossiers);
      setStatus({
        busy: false,
        message: `${compte(dossiers.length, 'dossier')} de démonstration ${accordNombre(dossiers.length, 'a été chargé', 'ont été chargés')}.`,
      });
    } catch (error) {
      setStatus({
        busy: false,
        message: `Les données de démonstration n’ont pas été chargées. ${toStorageError(error).message}`,
      });
    }
  }

  return (
    <section aria-labelledby="demo-titre" className="fr-mt-6w">
      <h2 id="demo-titre" className="fr-h4">
        Données de démonstration
      </h2>
      <p>
        Pour découvrir l’application : {DEMO_COUNT} dossiers fictifs de collectivités réelles, à toutes les étapes. Les
        recharger remplace les mêmes dossiers de démonstration, sans toucher aux vôtres.
      </p>
      {/* aria-disabled, not disabled, while loading: a disabled button loses the focus to the page. */}
      <Button
        priority="secondary"
        nativeButtonProps={{ 'aria-disabled': status.busy || undefined }}
        onClick={(event) => {
          if (!status.busy) openModal(confirmModal, event.currentTarget);
        }}
      >
        Charger les données de démonstration
      </Button>
      <p role="status" className="fr-mt-2w">
        {status.message}
      </p>
      <confirmModal.Component
        title="Charger les données de démonstration ?"
        buttons={[
          { children: 'Annuler', priority: 'secondary' },
          { children: `Charger les ${DEMO_COUNT} dossiers`, onClick: () => void load() },
        ]}
      >
        {`${DEMO_COUNT} dossiers fictifs seront ajoutés à la liste des dossiers. S’ils ont déjà été chargés, ils sont remplacés : les modifications que vous y avez faites sont perdues. Vos propres dossiers ne sont pas modifiés.`}
      </confirmModal.Component>
    </section>
  );
}
