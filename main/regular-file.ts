// Reads a file the agent opens (an exchange, a scan, a key) only if it is a regular file, and never
// more than a bound. A link to /dev/zero or a named pipe reports a size of 0 and would be read
// forever; a FIFO would even block the open until a writer appears. So the file is opened without
// blocking, checked on the open handle (no swap between the check and the read), and read up to
// the bound plus one byte, which tells a file that grew past it.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { ByteSource } from '../shared/bundle/byte-source';
import { concatBytes } from '../shared/bundle/bytes';
import { fileHasher } from './file-hasher';

/** Error code: the path names a pipe, a device, a socket or a folder, not a file. */
export const NOT_A_REGULAR_FILE = 'ENOTREGULAR';
/** Error code: the file holds more than the bound it was read with. */
export const FILE_TOO_LARGE = 'EFILETOOLARGE';

const CHUNK = 1024 * 1024;

function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** `file` opened for reading once checked to be a regular file of at most `maxBytes` (see above). */
async function openChecked(file: string, maxBytes: number): Promise<{ handle: FileHandle; size: number }> {
  // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
  // Windows has no such flag and no FIFO reachable by a path.
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw codedError(NOT_A_REGULAR_FILE, `${file} is not a regular file`);
    if (stats.size > maxBytes) throw codedError(FILE_TOO_LARGE, `${file} holds more than ${maxBytes} bytes`);
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** A file read by ranges (a bundle: its directory, then one entry at a time); close it when done. */
export interface FileSource extends ByteSource {
  digest(offset: number, length: number): Promise<{ sha256: string; length: number }>;
  close(): Promise<void>;
}

/**
 * `file` as a ByteSource, by the same rule as readRegularFile (a regular file of at most
 * `maxBytes`, same error codes). Its size is the one seen at opening: a range past a file that
 * shrank since comes back short, which the reader refuses as truncated. Its digests and its
 * SHA-256 are computed on a thread of its own (file-hasher.ts).
 */
export async function openRegularFile(file: string, maxBytes: number): Promise<FileSource> {
  const { handle, size } = await openChecked(file, maxBytes);
  const hasher = fileHasher(handle.fd);
  return {
    size,
    read: async (offset, length) => {
      const out = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      let filled = 0;
      while (filled < out.length) {
        const { bytesRead } = await handle.read(out, filled, out.length - filled, offset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === out.length ? out : out.subarray(0, filled);
    },
    digest: (offset, length) => hasher.digest(offset, Math.max(0, Math.min(length, size - offset))),
    sha256: () => hasher.sha256(size),
    close: async () => {
      await hasher.stop();
      await handle.close();
    },
  };
}

/**
 * The bytes of `file` (symbolic links followed), at most `maxBytes` of them.
 * Throws an error whose `code` is {@link NOT_A_REGULAR_FILE} or {@link FILE_TOO_LARGE}, or the
 * system's code (ENOENT, EACCES, EIO…).
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Uint8Array> {
  const { handle } = await openChecked(file, maxBytes);
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const room = Math.min(CHUNK, maxBytes + 1 - total);
      const chunk = new Uint8Array(room);
      const { bytesRead } = await handle.read(chunk, 0, room, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw codedError(FILE_TOO_LARGE, `${file} grew past ${maxBytes} bytes`);
      chunks.push(bytesRead === room ? chunk : chunk.subarray(0, bytesRead));
    }
    return concatBytes(chunks);
  } finally {
    await handle.close();
  }
}
