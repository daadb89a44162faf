// Shown instead of the app when its database cannot be opened at start.
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { toStorageError } from '../../db/storage-error';

export function StartFailure({ error }: { error: unknown }) {
  return (
    <main className="fr-container fr-py-4w">
      <h1>Contrats CTAI ne peut pas démarrer</h1>
      <Alert
        severity="error"
        title="La base de données locale ne s’ouvre pas."
        description={`${toStorageError(error).message} Fermez les autres fenêtres de l’application, puis redémarrez-la. Vos sauvegardes restent dans le dossier de données de l’application.`}
      />
    </main>
  );
}
