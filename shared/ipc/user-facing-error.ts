// Errors the main process raises for the agent cross IPC as bare messages, behind Electron's
// "Error invoking remote method …" prefix: a tag marks the French sentence to show as it is.
const TAG = '[CTAI] ';

export function userFacingError(sentence: string): Error {
  return new Error(TAG + sentence);
}

/** The French sentence a tagged error carries, wherever the tag sits in its message; else null. */
export function userFacingMessage(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const at = error.message.indexOf(TAG);
  return at < 0 ? null : error.message.slice(at + TAG.length);
}
