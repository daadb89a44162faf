import { describe, expect, it, vi } from 'vitest';
import { createRendererCrashHandler, MAX_RELOADS } from '../../../main/renderer-crash';

describe('a crashed page', () => {
  it('is reloaded and the agent told why, but not on a clean exit', () => {
    const reload = vi.fn();
    const tell = vi.fn();
    const crash = createRendererCrashHandler({ reload, tell });
    crash.gone({ reason: 'clean-exit' });
    expect(reload).not.toHaveBeenCalled();
    crash.gone({ reason: 'oom' });
    expect(reload).toHaveBeenCalledTimes(1);
    expect(tell).toHaveBeenCalledWith(
      'L’affichage de Contrats CTAI s’est arrêté et a été rechargé.',
      expect.stringMatching(/^Raison : la mémoire de l’ordinateur était épuisée\. .*n’est perdu/),
    );
  });

  it('stops reloading a page that dies again before it loads, and asks for a restart', () => {
    const reload = vi.fn();
    const tell = vi.fn();
    const crash = createRendererCrashHandler({ reload, tell });
    for (let i = 0; i <= MAX_RELOADS; i += 1) crash.gone({ reason: 'crashed' });
    expect(reload).toHaveBeenCalledTimes(MAX_RELOADS);
    expect(tell).toHaveBeenLastCalledWith(
      'L’affichage de Contrats CTAI s’est de nouveau arrêté.',
      expect.stringMatching(/Fermez l’application et rouvrez-la/),
    );
    crash.loaded();
    crash.gone({ reason: 'killed' });
    expect(reload).toHaveBeenCalledTimes(MAX_RELOADS + 1);
  });
});
