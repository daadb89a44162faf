// Work deferred past the first paint runs once: after the frame when one comes, else on the
// timer (a window not shown yet paints no frame); idle work runs at the latest after its timeout.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, whenIdle } from '../../../renderer/src/layout/after-first-paint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterNextPaint', () => {
  it('runs once after the frame, not again when the fallback timer fires', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    const run = vi.fn();
    afterNextPaint(run, 1000);
    vi.advanceTimersByTime(0);
    expect(run).not.toHaveBeenCalled();
    frames.shift()!();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs on the timer when no frame comes', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const run = vi.fn();
    afterNextPaint(run, 1000);
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdle', () => {
  it('asks for an idle period with the given deadline', () => {
    const requestIdleCallback = vi.fn();
    vi.stubGlobal('requestIdleCallback', requestIdleCallback);
    const run = vi.fn();
    whenIdle(run, 2000);
    expect(requestIdleCallback).toHaveBeenCalledWith(run, { timeout: 2000 });
  });
});
