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
  /**
   * SHA-256 (lowercase hex) of the bytes [offset, offset + length), and how many there were
   * (fewer where the file ends before), computed where the file is, without handing the bytes
   * over. Optional: a source that has it spares the reader a copy of each document it only
   * hashes (in Electron, a trip of hundreds of megabytes from main to the window).
   */
  digest?(offset: number, length: number): Promise<{ sha256: string; length: number }>;
  /** SHA-256 of the whole file, lowercase hex (the journal names a file by it). */
  sha256(): Promise<string>;
  /** Lets the file go, where something holds it open (Electron's main process). */
  close?: () => Promise<void>;
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

/**
 * A source over a Blob or a File (a bundle the agent picked or dropped in the window), read by
 * slices. Its SHA-256 reads it whole, once, when asked: WebCrypto has no incremental digest.
 */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
    sha256: async () => sha256Hex(new Uint8Array(await blob.arrayBuffer())),
  };
}

/**
 * A sink that gathers what is written into a Blob: the browser holds a Blob's bytes outside the
 * page's memory (and large ones on disk), so an export waiting to be saved is not held by the
 * page. Chunks are folded into the Blob every FOLD bytes.
 */
export function blobSink(): ByteSink & { blob: () => Blob } {
  const FOLD = 8 * 1024 * 1024;
  let blob = new Blob([]);
  let parts: Uint8Array[] = [];
  let pending = 0;
  const fold = () => {
    blob = new Blob([blob, ...parts] as unknown as ConstructorParameters<typeof Blob>[0]);
    parts = [];
    pending = 0;
  };
  return {
    write: async (chunk) => {
      parts.push(chunk);
      pending += chunk.length;
      if (pending >= FOLD) fold();
    },
    blob: () => {
      fold();
      return blob;
    },
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
