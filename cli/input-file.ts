// Every file the command line reads (a bundle, a dossier, a key, a passphrase): a regular file
// only, read within a bound, by the same rule as the desktop app (main/regular-file.ts: opened
// without blocking, checked on the open handle, read up to the bound), refused in French.
import path from 'node:path';
import { FILE_TOO_LARGE, NOT_A_REGULAR_FILE, readRegularFile } from '../main/regular-file';
import { MAX_OPENED_FILE_SIZE, notARegularFile } from '../shared/platform/opened-file-size';

/** Bounds by kind of file, in bytes: far above any real one, far below what exhausts the memory. */
export const INPUT_BOUNDS = {
  bundle: MAX_OPENED_FILE_SIZE,
  dossier: 64 * 1024 * 1024,
  key: 64 * 1024,
} as const;

const SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'ce fichier n’existe pas : vérifiez le chemin.',
  EACCES: 'vous n’avez pas le droit de le lire.',
  EPERM: 'vous n’avez pas le droit de le lire.',
  EIO: 'le disque ou la clé USB ne répond plus : rebranchez-la et recommencez.',
};

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024
    ? `${bytes / 1024 / 1024 / 1024} Go`
    : bytes >= 1024 * 1024
      ? `${bytes / 1024 / 1024} Mo`
      : `${bytes / 1024} ko`;
}

/** The bytes of `file`; throws an Error whose message says in French why it was not read. */
export async function readInputFile(file: string, kind: keyof typeof INPUT_BOUNDS): Promise<Uint8Array> {
  const bound = INPUT_BOUNDS[kind];
  try {
    return await readRegularFile(file, bound);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const name = path.basename(file);
    if (code === NOT_A_REGULAR_FILE) throw new Error(notARegularFile(name), { cause: error });
    if (code === FILE_TOO_LARGE)
      throw new Error(`« ${name} » dépasse ${sizeText(bound)} : ce n’est pas le fichier attendu. Vérifiez le chemin.`, {
        cause: error,
      });
    const reason = (typeof code === 'string' && SYSTEM_REASONS[code]) || 'le système a refusé de le lire.';
    throw new Error(`« ${file} » n’a pas pu être lu : ${reason}`, { cause: error });
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of `file` (UTF-8), with the same rule; a file that is not UTF-8 text is refused. */
export async function readInputText(file: string, kind: keyof typeof INPUT_BOUNDS): Promise<string> {
  const bytes = await readInputFile(file, kind);
  try {
    return utf8.decode(bytes);
  } catch (error) {
    throw new Error(`« ${path.basename(file)} » n’est pas un texte UTF-8 : vérifiez le fichier choisi.`, {
      cause: error,
    });
  }
}
