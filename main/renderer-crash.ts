// What to do when the window's page process dies (out of memory, killed, crashed): without a
// handler the window stays blank. Each field is saved as it is typed, so reloading loses nothing
// already shown as saved; the agent is told what happened. A page that dies again and again is not
// reloaded forever: past a few times in a row, the agent is asked to restart the application.

/** Electron's `render-process-gone` details, the fields used here. */
export interface RenderProcessGoneDetails {
  reason: string;
}

export interface RendererCrashDeps {
  reload: () => void;
  /** Shows a message box with the main window as parent. */
  tell: (message: string, detail: string) => void;
}

/** Reloads this many times in a row, then stops (a page that dies at load would loop). */
export const MAX_RELOADS = 3;

const REASONS: Record<string, string> = {
  oom: 'la mémoire de l’ordinateur était épuisée',
  killed: 'le système l’a arrêté',
  crashed: 'il s’est arrêté sur une erreur',
  'launch-failed': 'il n’a pas pu démarrer',
  'integrity-failure': 'ses fichiers semblent modifiés',
  'abnormal-exit': 'il s’est arrêté de façon anormale',
};

/**
 * The `render-process-gone` handler: reloads the page and says why, up to {@link MAX_RELOADS}
 * times until `loaded()` is called by a page that finished loading. A clean exit (the window
 * closing) is not a crash.
 */
export function createRendererCrashHandler(deps: RendererCrashDeps) {
  let reloads = 0;
  return {
    gone(details: RenderProcessGoneDetails): void {
      if (details.reason === 'clean-exit') return;
      const why = REASONS[details.reason] ?? 'il s’est arrêté';
      if (reloads >= MAX_RELOADS) {
        deps.tell(
          'L’affichage de Contrats CTAI s’est de nouveau arrêté.',
          `Raison : ${why}. Ce qui était enregistré est conservé. Fermez l’application et rouvrez-la ; si cela se reproduit, redémarrez l’ordinateur.`,
        );
        return;
      }
      reloads += 1;
      deps.reload();
      deps.tell(
        'L’affichage de Contrats CTAI s’est arrêté et a été rechargé.',
        `Raison : ${why}. Chaque champ étant enregistré dès sa saisie, rien de ce qui était enregistré n’est perdu. Vérifiez la dernière valeur que vous saisissiez, puis continuez.`,
      );
    },
    /** The page loaded again: the count of reloads in a row starts over. */
    loaded(): void {
      reloads = 0;
    },
  };
}
