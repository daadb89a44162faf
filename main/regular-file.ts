// Reads a file the agent opens (an exchange, a scan, a key) only if it is a regular file, and never
// more than a bound. A link to /dev/zero or a named pipe reports a size of 0 and would be read
// forever; a FIFO would even block the open until a writer appears. So the file is opened without
// blocking, checked on the open handle (no swap between the check and the read), and read up to
// the bound plus one byte, which tells a file that grew past it.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Error code: the path names a pipe, a device, a socket or a folder, not a file. */
export const NOT_A_REGULAR_FILE = 'ENOTREGULAR';
/** Error code: the file holds more than the bound it was read with. */
export const FILE_TOO_LARGE = 'EFILETOOLARGE';

const CHUNK = 1024 * 1024;

function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * The bytes of `file` (symbolic links followed), at most `maxBytes` of them.
 * Throws an error whose `code` is {@link NOT_A_REGULAR_FILE} or {@link FILE_TOO_LARGE}, or the
 * system's code (ENOENT, EACCES, EIO…).
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Uint8Array> {
  // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
  // Windows has no such flag and no FIFO reachable by a path.
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw codedError(NOT_A_REGULAR_FILE, `${file} is not a regular file`);
    if (stats.size > maxBytes) throw codedError(FILE_TOO_LARGE, `${file} holds more than ${maxBytes} bytes`);
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
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
