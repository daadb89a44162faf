// Exchanges the renderer reads by ranges (ByteSource), each kept open here under a random handle
// until the renderer closes it: a bundle of hundreds of megabytes never crosses the IPC whole.
// Only files this process opened (from the file dialog, or handed over by the system) have a
// handle; the renderer names no path.
import path from 'node:path';
import { DEFAULT_LIMITS } from '../shared/bundle/zip-directory';
import { MAX_OPENED_FILE_SIZE } from '../shared/platform/opened-file-size';
import { openedFileError } from './opened-files';
import type { FileSource } from './regular-file';

export type OpenedBundle =
  { opened: false; error?: string } | { opened: true; name: string; handle: string; size: number };

export interface BundleHandles {
  /** Opens `file` (a regular file within MAX_OPENED_FILE_SIZE), or says in French why not. */
  open(file: string): Promise<OpenedBundle>;
  /** The bytes [offset, offset + length) of an open bundle; `length` at most one entry's bound. */
  read(handle: string, offset: number, length: number): Promise<Uint8Array>;
  /** SHA-256 of the range [offset, offset + length) of an open bundle, and its length (FileSource.digest). */
  digest(handle: string, offset: number, length: number): Promise<{ sha256: string; length: number }>;
  sha256(handle: string): Promise<string>;
  /** Closes a bundle; an unknown handle (already closed) is no error. */
  close(handle: string): Promise<void>;
  /** Closes every bundle still open (the window closed, or reloaded). */
  closeAll(): Promise<void>;
}

function checkRange(offset: number, length: number): void {
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0)
    throw new Error('Plage de lecture invalide.');
}

/** `openFile`: regular-file.ts's openRegularFile, or a double in tests; `newId`: a random handle. */
export function createBundleHandles(
  openFile: (file: string, maxBytes: number) => Promise<FileSource>,
  newId: () => string,
): BundleHandles {
  const open = new Map<string, FileSource>();
  const source = (handle: string) => {
    const found = open.get(handle);
    if (!found)
      throw new Error('L’échange n’est plus ouvert (fenêtre rechargée ?) : ouvrez de nouveau le fichier .ctai.');
    return found;
  };
  return {
    async open(file) {
      const name = path.basename(file);
      try {
        const opened = await openFile(file, MAX_OPENED_FILE_SIZE);
        const handle = newId();
        open.set(handle, opened);
        return { opened: true, name, handle, size: opened.size };
      } catch (error) {
        return { opened: false, error: openedFileError(error, name) };
      }
    },
    async read(handle, offset, length) {
      checkRange(offset, length);
      // The reader asks for one entry at a time, never more than an entry may hold.
      return source(handle).read(offset, Math.min(length, DEFAULT_LIMITS.maxEntrySize + 65_557));
    },
    async digest(handle, offset, length) {
      checkRange(offset, length);
      return source(handle).digest(offset, length);
    },
    sha256: (handle) => source(handle).sha256(),
    async close(handle) {
      const found = open.get(handle);
      open.delete(handle);
      await found?.close();
    },
    async closeAll() {
      const all = [...open.values()];
      open.clear();
      await Promise.all(all.map((file) => file.close()));
    },
  };
}
