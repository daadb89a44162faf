// Writes go to a temporary file beside the target, then are renamed: a stick pulled out
// mid-write never leaves half a file that looks whole. The file is synced before the rename and
// the folder after it, so a power cut leaves either the old file or the new one, never an empty
// one (the rename itself lives in the folder's entries, which the file's sync does not flush).
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Flushes a folder's entries to the disk. Windows cannot open a folder for this (EISDIR, EPERM,
 * EACCES) and flushes renames itself (NTFS journal); those refusals are not failures.
 */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
  } catch (error) {
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares, FAT sticks on some kernels) do not sync folders.
    const code = (error as { code?: unknown }).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EPERM') throw error;
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  mode = 0o666,
  sync: (folder: string) => Promise<void> = syncFolder,
): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await sync(path.dirname(target));
}
