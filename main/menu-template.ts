// The French application menu. Actions that belong to the renderer are sent to it by name.
import type { MenuItemConstructorOptions } from 'electron';

export type MenuCommand =
  | 'new-dossier'
  | 'import-bundle'
  | 'export-bundle'
  | 'print'
  | 'about'
  | 'shortcuts'
  /** Not a menu item: a .ctai file waits in the main process (see opened-files.ts). */
  | 'open-bundle';

export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  options: { isProduction: boolean },
): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Fichier',
      submenu: [
        { label: 'Nouveau dossier', accelerator: 'CmdOrCtrl+N', click: () => send('new-dossier') },
        { label: 'Importer un échange…', accelerator: 'CmdOrCtrl+O', click: () => send('import-bundle') },
        { label: 'Exporter un échange…', accelerator: 'CmdOrCtrl+E', click: () => send('export-bundle') },
        { type: 'separator' },
        { label: 'Imprimer…', accelerator: 'CmdOrCtrl+P', click: () => send('print') },
        { type: 'separator' },
        { label: 'Quitter', role: 'quit' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { label: 'Annuler', role: 'undo' },
        { label: 'Rétablir', role: 'redo' },
        { type: 'separator' },
        { label: 'Couper', role: 'cut' },
        { label: 'Copier', role: 'copy' },
        { label: 'Coller', role: 'paste' },
        { label: 'Tout sélectionner', role: 'selectAll' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { label: 'Zoom avant', role: 'zoomIn' },
        { label: 'Zoom arrière', role: 'zoomOut' },
        { label: 'Taille réelle', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Plein écran', role: 'togglefullscreen' },
        ...(options.isProduction ? [] : [{ label: 'Outils de développement', role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: 'Aide',
      submenu: [
        { label: 'À propos de Contrats CTAI', click: () => send('about') },
        { label: 'Raccourcis clavier', accelerator: 'F1', click: () => send('shortcuts') },
      ],
    },
  ];
}
