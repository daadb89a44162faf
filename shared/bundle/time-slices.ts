// Long work on the page's thread (reading and validating hundreds of dossiers) cut into slices,
// so that what waits on the event loop runs in between: the bundle's documents being read and
// hashed in the background, a progress message, a click. A resolved promise never lets them: its
// continuation runs before any of them.

/** MessageChannel, as both the browser and Node have it, without the DOM or Node type libraries. */
interface TaskChannel {
  port1: { onmessage: (() => void) | null; close(): void };
  port2: { postMessage(message: null): void };
}
const Channel = (globalThis as unknown as { MessageChannel: new () => TaskChannel }).MessageChannel;

/**
 * A new task of the event loop. A MessageChannel message rather than setTimeout(0), which
 * browsers clamp to 4 ms once nested (HTML, « timers », the timer nesting level).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new Channel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A `pause()` to await between steps of a long loop: it lets the event loop run once at least
 * `sliceMs` milliseconds of work have passed since the last time, and otherwise returns at once.
 */
export function timeSlices(sliceMs = 10): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await nextTask();
    since = performance.now();
  };
}
