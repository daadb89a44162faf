// The desktop menu's commands (sent by the main process through the preload), as navigation.
import { useRouteStore } from './route-store';

declare global {
  interface Window {
    ctaiMenu?: { onCommand: (listener: (command: string) => void) => void };
  }
}

export function listenToMenu(): void {
  window.ctaiMenu?.onCommand((command) => {
    const { navigate } = useRouteStore.getState();
    if (command === 'new-dossier') navigate({ screen: 'nouveau-dossier' });
    else if (command === 'import-bundle' || command === 'export-bundle') navigate({ screen: 'echanges' });
    else if (command === 'print') window.print();
    else if (command === 'about' || command === 'shortcuts') navigate({ screen: 'parametres' });
  });
}
