// The hashing of a file held open, on a thread of its own: the SHA-256 of a range (a document of
// a bundle being verified, which the window need not receive only to hash it and let it go) and
// of the whole file (the journal names every bundle imported or exported by it). Hundreds of
// megabytes hashed on main's own thread would stall every other message of the window meanwhile,
// and, where one process does all (the command line, the benchmark), add their time to the rest.
//
// The thread reads the file itself, through the same descriptor (the very file being verified or
// written, even if another is put at its path meanwhile), into one buffer used again. The whole
// file's hash moves forward from its start: a range asked for where it stands is hashed for both
// at once (a bundle's documents come one after the other); before a range further on, the thread
// first hashes what lies between; a file being written is hashed up to what is written as it
// goes (hashTo); the rest is hashed when the whole file's hash is asked.
import { Worker } from 'node:worker_threads';

// CommonJS run by the worker (eval: no file of its own to ship beside main's bundle).
const HASHER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { fd, wholeDone } = workerData;
const whole = createHash('sha256');
const buffer = Buffer.allocUnsafe(1024 * 1024);
let hashedUpTo = 0;
// Reads [start, end) in pieces, each given to use (and to the whole file's hash where it stands).
function scan(start, end, use) {
  let at = start;
  while (at < end) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
    if (read === 0) break;
    const piece = buffer.subarray(0, read);
    if (!wholeDone && at === hashedUpTo) {
      whole.update(piece);
      hashedUpTo += read;
    }
    if (use) use(piece);
    at += read;
  }
  return at - start;
}
function catchUp(to) {
  if (wholeDone) return;
  if (hashedUpTo < to && scan(hashedUpTo, to, null) < to - hashedUpTo) throw Object.assign(new Error(), { code: 'ESHRUNK' });
}
parentPort.on('message', ({ id, offset, length, upTo, size }) => {
  try {
    if (size !== undefined) {
      catchUp(size);
      parentPort.postMessage({ id, sha256: whole.digest('hex') });
      return;
    }
    if (upTo !== undefined) {
      catchUp(upTo);
      parentPort.postMessage({ id });
      return;
    }
    catchUp(offset);
    const range = createHash('sha256');
    const read = scan(offset, offset + length, (piece) => range.update(piece));
    parentPort.postMessage({ id, sha256: range.digest('hex'), length: read });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error.code || error.message) });
  }
});
`;

export interface FileHasher {
  /**
   * SHA-256 (lowercase hex) of the bytes [offset, offset + length) and how many there were
   * (fewer where the file ends before).
   */
  digest(offset: number, length: number): Promise<{ sha256: string; length: number }>;
  /** Moves the whole file's hash up to `offset` (bytes already written), in the background. */
  hashTo(offset: number): void;
  /** SHA-256 of the file's first `size` bytes (all of it); asked once. */
  sha256(size: number): Promise<string>;
  /** Ends the thread; close the descriptor only after (a number closed under it may name another file). */
  stop(): Promise<void>;
}

/**
 * A hasher of the open file `fd` (see above), which must be open for reading. Its errors say, in
 * French, that the file could not be read again, and what to do.
 */
export function fileHasher(fd: number): FileHasher {
  const waiting = new Map<number, { resolve: (answer: HasherAnswer) => void; reject: (error: Error) => void }>();
  let next = 0;
  // Started at the first request, and ended once the whole file is hashed: the documents are
  // then read again by the window, not hashed here, and the thread's memory is let go.
  let worker: Worker | null = null;
  let whole: Promise<string> | null = null;
  const start = () => {
    const started = new Worker(HASHER, {
      eval: true,
      // A thread started again after the whole file was hashed only hashes ranges.
      workerData: { fd, wholeDone: whole !== null },
      // A small heap: the thread holds its buffer and two hashes, nothing else.
      resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 16 },
    });
    const failAll = (detail: string) => {
      for (const { reject } of waiting.values()) reject(unreadable(detail));
      waiting.clear();
    };
    started.on('message', (answer: HasherAnswer) => {
      const call = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (answer.error !== undefined) call?.reject(unreadable(answer.error));
      else call?.resolve(answer);
    });
    started.on('error', (error) => failAll(error.message));
    started.on('exit', () => {
      if (worker === started) worker = null;
      failAll('lecture interrompue');
    });
    return started;
  };
  const ask = (request: { offset?: number; length?: number; upTo?: number; size?: number }) => {
    const answer = new Promise<HasherAnswer>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      (worker ??= start()).postMessage({ id, ...request });
    });
    // Marked as handled: a request left behind when the file is closed fails for whoever
    // awaits it, not as an unhandled rejection.
    answer.catch(() => undefined);
    return answer;
  };
  const stop = async () => {
    const running = worker;
    worker = null;
    await running?.terminate();
  };
  return {
    digest: async (offset, length) => {
      const answer = await ask({ offset, length });
      return { sha256: answer.sha256!, length: answer.length! };
    },
    hashTo: (upTo) => void ask({ upTo }).catch(() => undefined),
    sha256: (size) => {
      if (!whole) {
        whole = ask({ size }).then(async (answer) => {
          if (waiting.size === 0) await stop();
          return answer.sha256!;
        });
        whole.catch(() => undefined);
      }
      return whole;
    },
    stop,
  };
}

interface HasherAnswer {
  id: number;
  sha256?: string;
  length?: number;
  error?: string;
}

function unreadable(detail: string): Error {
  return new Error(
    `Le fichier n’a pas pu être relu pour son empreinte (${detail === 'ESHRUNK' ? 'il a raccourci' : detail}) : il a peut-être changé, ou son support a été retiré. Ouvrez-le de nouveau.`,
  );
}
