// Every file the command line reads (a bundle, a dossier, a key, a passphrase): a regular file
// only, read within a bound, by the same rule as the desktop app (main/regular-file.ts: opened
// without blocking, checked on the open handle, read up to the bound), refused with a French
// sentence that says what to do (a CliError: never a stack trace).
import path from 'node:path';
import { CliError, fileErrorMessage, lineAndColumn } from './cli-errors';
import { jsonErrorOffset } from './json-error-position';
import {
  FILE_TOO_LARGE,
  NOT_A_REGULAR_FILE,
  openRegularFile,
  readRegularFile,
  type FileSource,
} from '../main/regular-file';
import { MAX_OPENED_FILE_SIZE, notARegularFile } from '../shared/platform/opened-file-size';

/** Bounds by kind of file, in bytes: far above any real one, far below what exhausts the memory. */
export const INPUT_BOUNDS = {
  bundle: MAX_OPENED_FILE_SIZE,
  dossier: 64 * 1024 * 1024,
  key: 64 * 1024,
  passphrase: 64 * 1024,
} as const;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024
    ? `${bytes / 1024 / 1024 / 1024} Go`
    : bytes >= 1024 * 1024
      ? `${bytes / 1024 / 1024} Mo`
      : `${bytes / 1024} ko`;
}

/** The bytes of `file`; throws a CliError saying in French why it was not read. */
export function readInputFile(file: string, kind: keyof typeof INPUT_BOUNDS): Promise<Uint8Array> {
  return inputFile(file, kind, readRegularFile);
}

/**
 * `file` opened to be read by ranges (a bundle, never read whole), by the same rule and with the
 * same refusals as readInputFile; the caller closes it.
 */
export function openInputFile(file: string, kind: keyof typeof INPUT_BOUNDS): Promise<FileSource> {
  return inputFile(file, kind, openRegularFile);
}

async function inputFile<T>(
  file: string,
  kind: keyof typeof INPUT_BOUNDS,
  open: (file: string, bound: number) => Promise<T>,
): Promise<T> {
  const bound = INPUT_BOUNDS[kind];
  try {
    return await open(file, bound);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const name = path.basename(file);
    if (code === NOT_A_REGULAR_FILE) throw new CliError(notARegularFile(name, kind));
    if (code === FILE_TOO_LARGE)
      throw new CliError(
        `« ${name} » dépasse ${sizeText(bound)} : ce n’est pas le fichier attendu. Vérifiez le chemin.`,
      );
    if (code === 'EIO')
      throw new CliError(
        `« ${file} » n’a pas pu être lu : le disque ou la clé USB ne répond plus ; rebranchez-la et recommencez.`,
      );
    throw new CliError(
      fileErrorMessage(error, file, 'lire') ?? `« ${file} » n’a pas pu être lu : le système a refusé de le lire.`,
    );
  }
}

/**
 * The text of `file` (UTF-8, a byte-order mark dropped), with the same rule; a file that is not
 * UTF-8 text is refused. The decoder is made per call: a native object kept in the module would
 * stop Node from building the snapshot of `ctai doc` (cli/doc-snapshot.ts).
 */
export async function readInputText(file: string, kind: keyof typeof INPUT_BOUNDS): Promise<string> {
  const bytes = await readInputFile(file, kind);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(`« ${path.basename(file)} » n’est pas un texte UTF-8 : vérifiez le fichier choisi.`);
  }
}

/** A JSON file's value; a syntax error is told with its line and column (json-error-position.ts). */
export async function readJsonFile(file: string): Promise<unknown> {
  const text = await readInputText(file, 'dossier');
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    const { line, column } = lineAndColumn(text, offset < 0 ? text.length : offset);
    const ended = offset >= text.length ? ' (le texte s’arrête avant la fin)' : '';
    throw new CliError(
      `Le fichier ${file} n’est pas un JSON valide : erreur de syntaxe ligne ${line}, colonne ${column}${ended}. Corrigez-le (virgule, accolade ou guillemet en trop ou manquant) ou exportez le dossier à nouveau.`,
    );
  }
}
