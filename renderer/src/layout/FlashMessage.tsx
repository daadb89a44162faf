import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useFlashStore } from '../state/flash-store';

export function FlashMessage() {
  const { flash, clear } = useFlashStore();
  if (!flash) return null;
  return (
    <div className="fr-mb-3w">
      <Alert
        severity={flash.severity}
        small
        description={flash.description ? `${flash.title} ${flash.description}` : flash.title}
        closable
        onClose={clear}
      />
    </div>
  );
}
