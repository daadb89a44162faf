// A file written chunk by chunk (an exchange being exported), with its SHA-256 computed as it is
// written, so that neither the file nor its hash needs the whole file in memory. It is written
// under a temporary name beside its destination and renamed once complete: an export that fails
// half-way leaves no truncated .ctai behind for the agent to send. Writes go on behind the caller
// (up to WRITE_BEHIND bytes), so that the next file is prepared while this one reaches the disk.
import { createHash, randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import type { ByteSink } from '../shared/bundle/byte-source';

export interface FileSink extends ByteSink {
  /** Closes the file and gives it its name; resolves with its size and SHA-256 (lowercase hex). */
  commit(): Promise<{ size: number; sha256: string }>;
  /** Closes and removes the unfinished file. */
  abort(): Promise<void>;
}

const WRITE_BEHIND = 16 * 1024 * 1024;

/**
 * A sink writing `file`; errors are Node's (ENOENT, EACCES, ENOSPC…), for the caller to say in
 * French. A write that failed behind the caller is thrown by the next write or by commit.
 */
export async function createFileSink(file: string): Promise<FileSink> {
  // A name of its own, so that nothing already there (a folder of that name) is in the way.
  const partial = `${file}.${randomUUID().slice(0, 8)}.partiel`;
  const handle = await open(partial, 'w');
  const hash = createHash('sha256');
  let size = 0;
  let behind = 0;
  let queue: Promise<void> = Promise.resolve();
  const writeAll = async (chunk: Uint8Array) => {
    let written = 0;
    while (written < chunk.length) written += (await handle.write(chunk, written)).bytesWritten;
    behind -= chunk.length;
  };
  return {
    write: async (chunk) => {
      hash.update(chunk);
      size += chunk.length;
      behind += chunk.length;
      queue = queue.then(() => writeAll(chunk));
      // Marked as handled: a failure is thrown by the next wait on the queue, not as unhandled.
      queue.catch(() => undefined);
      if (behind > WRITE_BEHIND) await queue;
    },
    commit: async () => {
      await queue;
      await handle.sync();
      await handle.close();
      await rename(partial, file);
      return { size, sha256: hash.digest('hex') };
    },
    abort: async () => {
      await queue.catch(() => undefined);
      await handle.close().catch(() => undefined);
      await rm(partial, { force: true });
    },
  };
}
