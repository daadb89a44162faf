// A bundle's file hashed on a thread of its own: ranges for the documents, and the whole file
// for the journal, the same whatever order the ranges are asked in, and without holding the file.
import { createHash } from 'node:crypto';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegularFile } from '../../../main/regular-file';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A file of `size` bytes that no two ranges hash alike in, opened as a bundle is. */
async function opened(size: number) {
  const dir = await mkdtemp(path.join(tmpdir(), 'ctai-hasher-'));
  const file = path.join(dir, 'echange.ctai');
  const bytes = new Uint8Array(size).map((_, i) => (i * 7 + (i >> 11)) % 256);
  await writeFile(file, bytes);
  return { file, bytes, source: await openRegularFile(file, 64 * 1024 * 1024) };
}

describe('the hash of an open bundle, on a thread of its own', () => {
  it('gives each range’s digest and the whole file’s, with ranges in the file’s order', async () => {
    const { bytes, source } = await opened(5 * 1024 * 1024 + 17);
    const ranges = [
      [0, 100],
      [100, 3 * 1024 * 1024],
      [3 * 1024 * 1024 + 100, 2 * 1024 * 1024 - 83],
    ] as const;
    const answers = await Promise.all(ranges.map(([offset, length]) => source.digest(offset, length)));
    answers.forEach((answer, i) => {
      const [offset, length] = ranges[i]!;
      expect(answer).toEqual({ sha256: sha256(bytes.subarray(offset, offset + length)), length });
    });
    expect(await source.sha256()).toBe(sha256(bytes));
    await source.close();
  });

  it('gives the same whole-file hash when ranges come out of order, overlap, or skip parts', async () => {
    const { bytes, source } = await opened(3 * 1024 * 1024);
    await source.digest(2 * 1024 * 1024, 1024);
    await source.digest(10, 20);
    await source.digest(0, 2 * 1024 * 1024 + 500);
    expect(await source.read(5, 3)).toEqual(bytes.slice(5, 8));
    expect(await source.sha256()).toBe(sha256(bytes));
    // Asked again: the same answer, and a range may still be hashed after it.
    expect(await source.sha256()).toBe(sha256(bytes));
    expect(await source.digest(1, 2)).toEqual({ sha256: sha256(bytes.subarray(1, 3)), length: 2 });
    await source.close();
  });

  it('says a range past the end is short, and refuses the whole hash of a file that shrank, in French', async () => {
    const { bytes, source } = await opened(4096);
    expect(await source.digest(4000, 500)).toEqual({ sha256: sha256(bytes.subarray(4000)), length: 96 });
    await source.close();
    // Cut short after its opening (its USB stick rewritten): the size seen at opening is not there.
    const cut = await opened(4096);
    await truncate(cut.file, 1000);
    expect(await cut.source.digest(900, 500)).toEqual({ sha256: sha256(cut.bytes.subarray(900, 1000)), length: 100 });
    await expect(cut.source.sha256()).rejects.toThrow(/n’a pas pu être relu .*il a raccourci.* Ouvrez-le de nouveau/);
    await cut.source.close();
    await source.close();
  });

  it('hashes an empty file, and closes while a hash is under way without leaving its thread', async () => {
    const empty = await opened(0);
    expect(await empty.source.sha256()).toBe(sha256(new Uint8Array(0)));
    await empty.source.close();
    const { source } = await opened(8 * 1024 * 1024);
    const pending = source.sha256();
    await source.close();
    await expect(pending).rejects.toThrow(/n’a pas pu être relu/);
  });
});
