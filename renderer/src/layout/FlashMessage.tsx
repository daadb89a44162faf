import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useFlashStore } from '../state/flash-store';

export function FlashMessage() {
  const { flash, clear } = useFlashStore();
  if (!flash) return null;
  return (
    <div role={flash.severity === 'error' ? 'alert' : 'status'} className="fr-mb-3w">
      {flash.description ? (
        <Alert severity={flash.severity} title={flash.title} description={flash.description} closable onClose={clear} />
      ) : (
        <Alert severity={flash.severity} small description={flash.title} closable onClose={clear} />
      )}
    </div>
  );
}
