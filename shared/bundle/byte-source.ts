// Random access to a file being read, and a place to write one: a bundle of hundreds of
// megabytes is never held whole. The platform gives these over a file (Electron's main process,
// the command line: Node's file handles; the browser: a File's slices); bytesSource and
// memorySink serve a bundle already in memory (tests, backups, the sealed payload).
import { concatBytes, sha256Hex } from './bytes';

export interface ByteSource {
  /** Length of the file in bytes. */
  readonly size: number;
  /**
   * The bytes [offset, offset + length), fewer only where the file ends before, in an array of
   * their own (the caller may keep it, or store it, without holding the rest of the file).
   */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** SHA-256 of the whole file, lowercase hex (the journal names a file by it). */
  sha256(): Promise<string>;
}

export interface ByteSink {
  /**
   * Appends a chunk. The sink may still hold the chunk after the promise settles (a file sink
   * writes behind): the caller never changes a chunk it has written.
   */
  write(chunk: Uint8Array): Promise<void>;
}

/** A source over bytes in memory. */
export function bytesSource(data: Uint8Array): ByteSource {
  return {
    size: data.length,
    read: async (offset, length) => data.slice(offset, Math.min(data.length, offset + length)),
    sha256: () => sha256Hex(data),
  };
}

/** A sink that keeps what is written, as one array once `bytes()` is asked. */
export function memorySink(): ByteSink & { bytes: () => Uint8Array } {
  const chunks: Uint8Array[] = [];
  return {
    write: async (chunk) => void chunks.push(chunk),
    bytes: () => concatBytes(chunks),
  };
}
