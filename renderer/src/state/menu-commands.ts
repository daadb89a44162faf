// The desktop menu's commands (sent by the main process through the preload), as navigation;
// and bundles opened from the file manager, taken from the main process for the import preview.
import { platform } from '../../platform';
import { useFlashStore } from './flash-store';
import { useIncomingBundleStore } from './incoming-bundle-store';
import { useRouteStore } from './route-store';

declare global {
  interface Window {
    ctaiMenu?: { onCommand: (listener: (command: string) => void) => void };
  }
}

/** Takes the bundles the operating system handed over; the first goes to the import preview. */
export async function takeOpenedBundles(): Promise<void> {
  const { show } = useFlashStore.getState();
  let offered = false;
  for (;;) {
    const file = await platform.takeOpenedFile();
    if (!file.opened) {
      if (file.error) show({ severity: 'error', title: 'L’échange n’a pas pu être ouvert.', description: file.error });
      return;
    }
    if (!offered) useIncomingBundleStore.getState().offer({ name: file.name, source: file.source });
    else {
      void file.source.close?.();
      show({
        severity: 'info',
        title: `${file.name} n’a pas été ouvert.`,
        description: 'Un seul échange est vérifié à la fois : ouvrez les suivants une fois celui-ci importé.',
      });
    }
    offered = true;
  }
}

/** Fichier → Importer un échange… : the file dialog at once, then the verification screen. */
async function pickBundle(): Promise<void> {
  const file = await platform.openBundle([{ name: 'Échange Contrats CTAI', extensions: ['ctai'] }]);
  if (file.opened) useIncomingBundleStore.getState().offer({ name: file.name, source: file.source });
  else if (file.error)
    useFlashStore
      .getState()
      .show({ severity: 'error', title: 'L’échange n’a pas pu être ouvert.', description: file.error });
}

export function runMenuCommand(command: string): void {
  const { navigate } = useRouteStore.getState();
  if (command === 'new-dossier') navigate({ screen: 'nouveau-dossier' });
  else if (command === 'import-bundle') void pickBundle();
  else if (command === 'export-bundle') navigate({ screen: 'echanges' });
  else if (command === 'print') {
    const { route } = useRouteStore.getState();
    // A dossier prints as its Fiche de synthèse; other screens as shown.
    if (route.screen === 'dossier')
      void import('../documents/print-summary').then(({ printDossierSummary }) => printDossierSummary(route.id));
    else window.print();
  } else if (command === 'about') navigate({ screen: 'a-propos' });
  else if (command === 'shortcuts') navigate({ screen: 'raccourcis' });
  else if (command === 'open-bundle') void takeOpenedBundles();
}

export function listenToMenu(): void {
  window.ctaiMenu?.onCommand(runMenuCommand);
}
