// Start-up work that the first screen does not need (the design system's scripts, the day's
// backup, storage checks) runs once that screen is painted, so that it does not hold the paint.
import { useEffect } from 'react';

/**
 * Calls `run` once, after the frame that paints what React has just committed: a frame, then a
 * task of its own (so after that paint, not before it). A window not yet shown paints no frame
 * (Electron shows it once painted, but a frame may still not come): a timer of `fallbackMs` calls
 * it anyway.
 */
export function afterNextPaint(run: () => void, fallbackMs = 1000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, fallbackMs);
}

/**
 * Calls `run` once the page is idle (no task running, nor any due before the next frame), at the
 * latest after `timeoutMs`: for work that would otherwise slow what the agent does first.
 */
export function whenIdle(run: () => void, timeoutMs = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 0);
}

/** Rendered beside the app: calls `run` once the first screen is painted (see afterNextPaint). */
export function AfterFirstPaint({ run }: { run: () => void }) {
  useEffect(() => afterNextPaint(run), [run]);
  return null;
}
