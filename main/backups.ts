// Automatic backups in the user's data folder: each one a signed bundle of the whole database
// and of the sealed signing-key file (built by the renderer), written atomically; only the newest
// N are kept. Names are checked so that nothing outside the folder is ever read or removed.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { isBackupName, parseBackupName } from '../shared/backup/backup-name';
import { writeFileAtomic } from './atomic-write';

export interface BackupInfo {
  name: string;
  size: number;
  createdAt: string;
  reason: string;
}

export function createBackupStore(dir: string) {
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
      })),
    );
  }

  async function write(name: string, bytes: Uint8Array, keep: number): Promise<BackupInfo[]> {
    const target = checked(name);
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(target, bytes);
    const all = await list();
    for (const old of all.slice(Math.max(1, keep))) await rm(path.join(dir, old.name), { force: true });
    return all.slice(0, Math.max(1, keep));
  }

  async function read(name: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(checked(name)));
  }

  return { list, write, read };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
