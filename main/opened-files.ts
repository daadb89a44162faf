// Bundles handed to the app by the operating system (a double-click on a .ctai file, at start
// or through a second instance): queued until the renderer takes them for its import preview.
import path from 'node:path';
import { MAX_OPENED_FILE_SIZE, tooLargeToOpen } from '../shared/platform/opened-file-size';
import { fileErrorMessage } from './file-errors';

/** The .ctai files among a command line's arguments (options and the app's own path left out). */
export function bundlePathsFromArgv(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.ctai'));
}

export interface FileAccess {
  size: (file: string) => Promise<number>;
  readFile: (file: string) => Promise<Uint8Array>;
}

export interface OpenedFilesDeps extends FileAccess {
  /** Tells the renderer a file waits (it then takes it). */
  notify: () => void;
}

export type OpenedFile = { opened: false; error?: string } | { opened: true; name: string; bytes: Uint8Array };

/** Reads a file the agent chose or the system handed over, refusing one too large to hold. */
export async function readOpenedFile(files: FileAccess, file: string): Promise<OpenedFile> {
  try {
    if ((await files.size(file)) > MAX_OPENED_FILE_SIZE)
      return { opened: false, error: tooLargeToOpen(path.basename(file)) };
    return { opened: true, name: path.basename(file), bytes: await files.readFile(file) };
  } catch (error) {
    return { opened: false, error: fileErrorMessage(error, 'lu') };
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
    async take(): Promise<OpenedFile> {
      const file = queue.shift();
      return file ? readOpenedFile(deps, file) : { opened: false };
    },
  };
}
