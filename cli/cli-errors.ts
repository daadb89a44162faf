// What `ctai` says when something goes wrong: one French sentence that names the file or the
// option and says what to do — never a stack trace, never Node's English message alone.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { jsonErrorOffset } from './json-error-position';

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
      return action === 'lire'
        ? `Le fichier ${file} n’existe pas : vérifiez son chemin et son nom.`
        : `Le dossier ${path.dirname(file)} n’existe pas : créez-le ou indiquez un autre chemin.`;
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

/** The text of a file, or a CliError saying in French why it cannot be read. */
export async function readTextFile(file: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(fileErrorMessage(error, file, 'lire') ?? `Le fichier ${file} n’a pas pu être lu.`);
  }
}

/** The bytes of a file, or a CliError saying in French why it cannot be read. */
export async function readBinaryFile(file: string): Promise<Uint8Array> {
  const { readFile } = await import('node:fs/promises');
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(fileErrorMessage(error, file, 'lire') ?? `Le fichier ${file} n’a pas pu être lu.`);
  }
}

/** Line and column (from 1) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** A JSON file's value; a syntax error is told with its line and column (json-error-position.ts). */
export async function readJsonFile(file: string): Promise<unknown> {
  const text = (await readTextFile(file)).replace(/^\uFEFF/, '');
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

/** Writes `bytes` to `file`, or a CliError saying in French why it could not. */
export async function writeOutputFile(file: string, bytes: Uint8Array | string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
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
