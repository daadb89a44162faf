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
    if (route.screen === 'dossier') void printSummary(route.id);
    else window.print();
  } else if (command === 'about') navigate({ screen: 'a-propos' });
  else if (command === 'shortcuts') navigate({ screen: 'raccourcis' });
  else if (command === 'open-bundle') void takeOpenedBundles();
}

/** The dossier's « Imprimer » button and the menu's Imprimer… both print its Fiche de synthèse. */
export async function printSummary(id: string): Promise<void> {
  const { printDossierSummary } = await import('../documents/print-summary');
  await printDossierSummary(id);
}

/**
 * The desktop menu's commands. A browser has no such menu: its Ctrl+P (Cmd+P) is taken for the same
 * command, so that a dossier prints its fiche there too, and never the screen with its form controls.
 */
export function listenToMenu(): void {
  if (window.ctaiMenu) {
    window.ctaiMenu.onCommand(runMenuCommand);
    return;
  }
  window.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p') {
      if (useRouteStore.getState().route.screen !== 'dossier') return;
      event.preventDefault();
      runMenuCommand('print');
    }
  });
}
