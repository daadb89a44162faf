// Bundles handed to the app by the operating system (a double-click on a .ctai file, at start
// or through a second instance): queued until the renderer takes them for its import preview.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_OPENED_FILE_SIZE, notARegularFile, tooLargeToOpen } from '../shared/platform/opened-file-size';
import { fileErrorMessage } from './file-errors';
import type { OpenedBundle } from './open-bundles';
import { FILE_TOO_LARGE, NOT_A_REGULAR_FILE } from './regular-file';

/** A `file://` URI (some Linux launchers hand those over) as a path; anything else unchanged. */
function asPath(arg: string): string | null {
  if (!/^file:/i.test(arg)) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/**
 * The .ctai files among a command line's arguments (options and the app's own path left out),
 * `file://` URIs turned into paths, and relative paths resolved against `workingDirectory` (the
 * folder the command was run from: a second instance's own, not this process's).
 */
export function bundlePathsFromArgv(argv: readonly string[], workingDirectory?: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-'))
    .map(asPath)
    .filter((arg): arg is string => arg !== null && arg.toLowerCase().endsWith('.ctai'))
    .map((arg) => (workingDirectory === undefined ? arg : path.resolve(workingDirectory, arg)));
}

/** Why a file the agent chose or the system handed over was not opened, in French. */
export function openedFileError(error: unknown, name: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === NOT_A_REGULAR_FILE) return notARegularFile(name);
  if (code === FILE_TOO_LARGE) return tooLargeToOpen(name);
  return fileErrorMessage(error, 'lu');
}

export interface FileAccess {
  /** The bytes of a regular file, at most `maxBytes`; throws coded errors (see regular-file.ts). */
  readFile: (file: string, maxBytes: number) => Promise<Uint8Array>;
}

export interface OpenedFilesDeps {
  /** Opens a bundle to be read by ranges (open-bundles.ts). */
  open: (file: string) => Promise<OpenedBundle>;
  /** Tells the renderer a file waits (it then takes it). */
  notify: () => void;
}

export type OpenedFile = { opened: false; error?: string } | { opened: true; name: string; bytes: Uint8Array };

/** Reads a file the agent chose or the system handed over, refusing one that is not a file or too large to hold. */
export async function readOpenedFile(files: FileAccess, file: string): Promise<OpenedFile> {
  const name = path.basename(file);
  try {
    return { opened: true, name, bytes: await files.readFile(file, MAX_OPENED_FILE_SIZE) };
  } catch (error) {
    return { opened: false, error: openedFileError(error, name) };
  }
}

export function createOpenedFiles(deps: OpenedFilesDeps) {
  const queue: string[] = [];
  return {
    add(files: readonly string[]): void {
      if (files.length === 0) return;
      queue.push(...files);
      deps.notify();
    },
    async take(): Promise<OpenedBundle> {
      const file = queue.shift();
      return file ? deps.open(file) : { opened: false };
    },
  };
}
