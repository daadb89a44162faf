// Every `.ctai` of a folder, verified one by one as `ctai bundle verify` does (signature,
// integrity, dossiers against their schema; the senders among the keys given when some are): the
// dossiers of those that hold, grouped by dossier id, and each refused one with why, in French.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { BundleError } from '../shared/bundle/bundle-error';
import { verifyBundle, type KnownKey } from '../shared/bundle/verify-bundle';
import type { DossierCopy } from '../shared/programme/merge-copies';
import { CliError, fileErrorMessage } from './cli-errors';
import { openInputFile } from './input-file';
import type { FileSource } from '../main/regular-file';

export interface RefusedBundle {
  /** The file's name in the folder. */
  fichier: string;
  raison: string;
}

export interface FolderDossiers {
  /** Copies of each dossier, by id, in the order of the files (by name). */
  copies: Map<string, DossierCopy[]>;
  /** Bundles read, with how many dossiers each held. */
  lus: { fichier: string; dossiers: number; expediteur: string }[];
  refuses: RefusedBundle[];
  /** Entries of the folder that are not exchanges (.ctai), not read, with why. */
  ignores: RefusedBundle[];
}

export interface FolderOptions {
  knownKeys: readonly KnownKey[];
  passphrase?: string;
}

/**
 * The `.ctai` files of `folder` (not its sub-folders), by name, and its other entries, not read,
 * each with why (so that a bundle renamed or left in a sub-folder is not missed silently); a
 * CliError when the folder cannot be listed.
 */
export async function bundleFiles(folder: string): Promise<{ files: string[]; ignores: RefusedBundle[] }> {
  try {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    const isBundle = (entry: (typeof entries)[number]) => entry.isFile() && entry.name.toLowerCase().endsWith('.ctai');
    return {
      files: entries.filter(isBundle).map((entry) => entry.name),
      ignores: entries
        .filter((entry) => !isBundle(entry))
        .map((entry) => ({
          fichier: entry.name,
          raison: entry.isDirectory()
            ? 'c’est un sous-dossier : seuls les échanges (.ctai) rangés directement dans le dossier sont lus'
            : 'ce n’est pas un échange (.ctai) : non lu ; si c’en est un renommé, redonnez-lui l’extension .ctai',
        })),
    };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOTDIR')
      throw new CliError(
        `${folder} n’est pas un dossier : --in attend le dossier où sont rangés les échanges (.ctai).`,
      );
    throw new CliError(
      fileErrorMessage(error, folder, 'lire')?.replace('Le fichier', 'Le dossier') ??
        `Le dossier ${folder} n’a pas pu être lu.`,
    );
  }
}

/** The bundles of a folder (bundleFiles), verified. */
export async function readBundleFolder(folder: string, options: FolderOptions): Promise<FolderDossiers> {
  const { files, ignores } = await bundleFiles(folder);
  const read = await readBundles(
    files.map((name) => path.join(folder, name)),
    options,
  );
  return { ...read, ignores };
}

/** Bundles given by their paths, verified one by one (named by their file name in the result). */
export async function readBundles(files: readonly string[], options: FolderOptions): Promise<FolderDossiers> {
  const result: FolderDossiers = { copies: new Map(), lus: [], refuses: [], ignores: [] };
  for (const file of files) {
    const fichier = path.basename(file);
    let source: FileSource | null = null;
    try {
      source = await openInputFile(file, 'bundle');
      const bundle = await verifyBundle(source, {
        knownKeys: options.knownKeys,
        requireKnownSender: options.knownKeys.length > 0,
        ...(options.passphrase ? { passphrase: options.passphrase } : {}),
        // The figures read each dossier's signed JSON, and its history only to merge copies:
        // proving ten thousand histories would take longer than the whole report.
        historyProofLimit: 0,
      });
      if (bundle.info.backupSchemaVersion !== null) {
        result.refuses.push({
          fichier,
          raison: 'c’est une sauvegarde, pas un échange : elle se restaure dans les Paramètres de l’application',
        });
        continue;
      }
      for (const { dossier, doc } of bundle.dossiers) {
        const list = result.copies.get(dossier.id);
        if (list) list.push({ dossier, doc });
        else result.copies.set(dossier.id, [{ dossier, doc }]);
      }
      result.lus.push({
        fichier,
        dossiers: bundle.dossiers.length,
        expediteur: [bundle.info.sender.nom, bundle.info.sender.site].filter(Boolean).join(', '),
      });
    } catch (error) {
      if (error instanceof BundleError) result.refuses.push({ fichier, raison: `[${error.code}] ${error.message}` });
      else if (error instanceof CliError) result.refuses.push({ fichier, raison: error.message });
      else throw error;
    } finally {
      await source?.close();
    }
  }
  return result;
}
