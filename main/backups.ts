// Automatic backups in the user's data folder: each one a signed bundle of the whole database
// (built by the renderer), written atomically, with a copy of the encrypted signing-key file
// beside it; only the newest N are kept. Names are checked so that nothing outside the folder is
// ever read or removed.
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { isBackupName, parseBackupName } from '../shared/backup/backup-name';
import { writeFileAtomic } from './atomic-write';

export interface BackupInfo {
  name: string;
  size: number;
  createdAt: string;
  reason: string;
  withKey: boolean;
}

export interface BackupStoreDeps {
  dir: string;
  /** The signing-key file (encrypted by the OS store) to keep beside each backup. */
  keyFile: string;
}

export function createBackupStore({ dir, keyFile }: BackupStoreDeps) {
  function checked(name: string): string {
    if (!isBackupName(name)) throw new Error(`Nom de sauvegarde refusé : ${name.slice(0, 80)}`);
    return path.join(dir, name);
  }

  async function list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return [];
      throw error;
    }
    const backups = names.filter(isBackupName).sort().reverse();
    return Promise.all(
      backups.map(async (name) => ({
        name,
        size: (await stat(path.join(dir, name))).size,
        ...parseBackupName(name)!,
        withKey: names.includes(`${name}.key`),
      })),
    );
  }

  async function write(name: string, bytes: Uint8Array, keep: number): Promise<BackupInfo[]> {
    const target = checked(name);
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(target, bytes);
    try {
      await copyFile(keyFile, `${target}.key`);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
    }
    const all = await list();
    for (const old of all.slice(Math.max(1, keep))) {
      await rm(path.join(dir, old.name), { force: true });
      await rm(path.join(dir, `${old.name}.key`), { force: true });
    }
    return all.slice(0, Math.max(1, keep));
  }

  async function read(name: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(checked(name)));
  }

  /** Puts back the signing key saved with a backup, only when this machine has lost its own. */
  async function restoreKey(name: string): Promise<boolean> {
    const saved = `${checked(name)}.key`;
    try {
      await stat(keyFile);
      return false;
    } catch {
      // No key here: the saved one is put back, if there is one.
    }
    try {
      await writeFileAtomic(keyFile, new Uint8Array(await readFile(saved)), 0o600);
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return false;
      throw error;
    }
  }

  return { list, write, read, restoreKey };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
