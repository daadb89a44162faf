// Bundles handed to the app by the operating system (a double-click on a .ctai file, at start
// or through a second instance): queued until the renderer takes them for its import preview.
import path from 'node:path';
import { fileErrorMessage } from './file-errors';

export const MAX_OPENED_BUNDLE_SIZE = 2 * 1024 * 1024 * 1024;

/** The .ctai files among a command line's arguments (options and the app's own path left out). */
export function bundlePathsFromArgv(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.ctai'));
}

export interface OpenedFilesDeps {
  size: (file: string) => Promise<number>;
  readFile: (file: string) => Promise<Uint8Array>;
  /** Tells the renderer a file waits (it then takes it). */
  notify: () => void;
}

export type OpenedFile = { opened: false; error?: string } | { opened: true; name: string; bytes: Uint8Array };

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
      if (!file) return { opened: false };
      try {
        if ((await deps.size(file)) > MAX_OPENED_BUNDLE_SIZE)
          return {
            opened: false,
            error: `${path.basename(file)} dépasse 2 Go : ce n’est pas un échange CTAI. Vérifiez le fichier ouvert.`,
          };
        return { opened: true, name: path.basename(file), bytes: await deps.readFile(file) };
      } catch (error) {
        return { opened: false, error: fileErrorMessage(error, 'lu') };
      }
    },
  };
}
