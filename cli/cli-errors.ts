// What `ctai` says when something goes wrong: one French sentence that names the file or the
// option and says what to do — never a stack trace, never Node's English message alone.
import { existsSync, realpathSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** An error whose message is already the French sentence to print; `exitCode` 1 unless told. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

const errorCode = (error: unknown): string | undefined =>
  error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/**
 * The French sentence for a file-system error met on `file` while reading or writing it;
 * undefined when the error is not a known file-system one.
 */
export function fileErrorMessage(error: unknown, file: string, action: 'lire' | 'écrire'): string | undefined {
  switch (errorCode(error)) {
    case 'ENOENT':
      if (action === 'lire') return `Le fichier ${file} n’existe pas : vérifiez son chemin et son nom.`;
      // A folder that exists but where no file can be created (a system folder such as /proc).
      return existsSync(path.dirname(file))
        ? `Aucun fichier ne peut être créé dans ${path.dirname(file)} : choisissez un autre emplacement.`
        : `Le dossier ${path.dirname(file)} n’existe pas : créez-le ou indiquez un autre chemin.`;
    case 'EEXIST':
      return `${file} existe déjà et n’est pas un dossier : indiquez un autre chemin, ou déplacez ce fichier.`;
    case 'ENOTDIR':
      return `Le chemin ${file} passe par un fichier qui n’est pas un dossier : vérifiez le chemin.`;
    case 'EISDIR':
      return `${file} est un dossier : indiquez le chemin d’un fichier.`;
    case 'EACCES':
    case 'EPERM':
      return `Vous n’avez pas le droit d’${action === 'lire' ? 'ouvrir' : 'écrire'} ${file} : choisissez un autre emplacement ou demandez l’accès.`;
    case 'ENOSPC':
      return `Le disque est plein : ${file} n’a pas pu être écrit. Libérez de la place ou choisissez un autre disque.`;
    case 'EROFS':
      return `${file} est sur un support en lecture seule : choisissez un autre emplacement.`;
    case 'EMFILE':
    case 'ENFILE':
      return `Trop de fichiers sont ouverts pour ${action} ${file} : fermez des applications puis recommencez.`;
    default:
      return undefined;
  }
}

/** Line and column (from 1) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Checks that the folder `file` is written into exists, before any work (CliError otherwise). */
export async function checkOutputFolder(file: string): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  try {
    if (!(await stat(folder)).isDirectory())
      throw new CliError(`${folder} n’est pas un dossier : indiquez un autre chemin de sortie.`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      errorCode(error) === 'ENOENT'
        ? `Le dossier ${folder} n’existe pas : créez-le ou indiquez un autre chemin de sortie.`
        : (fileErrorMessage(error, folder, 'écrire') ?? `Le dossier ${folder} n’est pas accessible.`),
    );
  }
}

/** The file a path names once links are followed (the path itself while it does not exist). */
function resolved(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Refuses an output that is one of the command's inputs (typed again, or a link to it): writing
 * it would replace the dossier, key or bundle read, and lose it.
 */
export function checkNotAnInput(out: string, inputs: readonly string[]): void {
  const target = resolved(out);
  const input = inputs.find((file) => resolved(file) === target);
  if (input !== undefined)
    throw new CliError(
      `${out} est le fichier lu (${input}) : l’écrire le remplacerait et le perdrait. Indiquez un autre fichier de sortie.`,
      2,
    );
}

/** Writes `bytes` to `file`, or a CliError saying in French why it could not. */
export async function writeOutputFile(file: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await writeFile(file, bytes);
  } catch (error) {
    throw new CliError(fileErrorMessage(error, file, 'écrire') ?? `Le fichier ${file} n’a pas pu être écrit.`);
  }
}

/** The sentence for any error a command let through: a file-system one in French, else its message, with what to do. */
export function describeUnexpected(error: unknown): string {
  const file =
    error && typeof error === 'object' && 'path' in error && typeof error.path === 'string' ? error.path : '';
  const known = fileErrorMessage(error, file || 'le fichier', 'lire');
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  return `Erreur inattendue : ${message}. Vérifiez les fichiers et options indiqués ; si l’erreur persiste, signalez-la avec la commande tapée.`;
}
