// A file written chunk by chunk (an exchange being exported), with its SHA-256 computed as it is
// written, so that neither the file nor its hash needs the whole file in memory. It is written
// under a temporary name beside its destination and renamed once complete: an export that fails
// half-way leaves no truncated .ctai behind for the agent to send. Writes go on behind the caller
// (up to WRITE_BEHIND bytes), so that the next file is prepared while this one reaches the disk;
// small chunks (a ZIP's headers, a dossier's files) are gathered into writes of GATHER bytes. The
// hash is computed on a thread of its own (file-hasher.ts), reading back what is written.
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import type { ByteSink } from '../shared/bundle/byte-source';
import { concatBytes } from '../shared/bundle/bytes';
import { fileHasher } from './file-hasher';

export interface FileSink extends ByteSink {
  /** Closes the file and gives it its name; resolves with its size and SHA-256 (lowercase hex). */
  commit(): Promise<{ size: number; sha256: string }>;
  /** Closes and removes the unfinished file. */
  abort(): Promise<void>;
}

const WRITE_BEHIND = 16 * 1024 * 1024;
const GATHER = 1024 * 1024;

/**
 * A sink writing `file`; errors are Node's (ENOENT, EACCES, ENOSPC…), for the caller to say in
 * French. A write that failed behind the caller is thrown by the next write or by commit.
 */
export async function createFileSink(file: string): Promise<FileSink> {
  // A name of its own, so that nothing already there (a folder of that name) is in the way.
  const partial = `${file}.${randomUUID().slice(0, 8)}.partiel`;
  // Read too: the hasher reads back what is written.
  const handle = await open(partial, 'w+');
  const hasher = fileHasher(handle.fd);
  let size = 0;
  let behind = 0;
  let gathered: Uint8Array[] = [];
  let gatheredBytes = 0;
  let queue: Promise<void> = Promise.resolve();
  const writeAll = async (chunk: Uint8Array, at: number) => {
    let done = 0;
    while (done < chunk.length) done += (await handle.write(chunk, done, chunk.length - done, at + done)).bytesWritten;
    behind -= chunk.length;
    hasher.hashTo(at + chunk.length);
  };
  const send = (chunk: Uint8Array) => {
    const at = size;
    size += chunk.length;
    behind += chunk.length;
    queue = queue.then(() => writeAll(chunk, at));
    // Marked as handled: a failure is thrown by the next wait on the queue, not as unhandled.
    queue.catch(() => undefined);
  };
  const flush = () => {
    if (gatheredBytes === 0) return;
    send(gathered.length === 1 ? gathered[0]! : concatBytes(gathered));
    gathered = [];
    gatheredBytes = 0;
  };
  const stop = async () => {
    await hasher.stop();
    await handle.close();
  };
  return {
    write: async (chunk) => {
      if (chunk.length >= GATHER) {
        flush();
        send(chunk);
      } else {
        gathered.push(chunk);
        gatheredBytes += chunk.length;
        if (gatheredBytes >= GATHER) flush();
      }
      if (behind > WRITE_BEHIND) await queue;
    },
    commit: async () => {
      flush();
      await queue;
      const sha256 = await hasher.sha256(size);
      await handle.sync();
      await stop();
      await rename(partial, file);
      return { size, sha256 };
    },
    abort: async () => {
      await queue.catch(() => undefined);
      await stop().catch(() => undefined);
      await rm(partial, { force: true });
    },
  };
}
