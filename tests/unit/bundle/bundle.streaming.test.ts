// Exchanges written file by file and read by ranges: what the reader asks of a file, a document
// changed on its USB stick after verification, and the file sink the command line writes with.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { createFileSink } from '../../../main/file-sink';
import { openRegularFile, type FileSource } from '../../../main/regular-file';
import { BundleError } from '../../../shared/bundle/bundle-error';
import { concatBytes } from '../../../shared/bundle/bytes';
import { blobSource, bytesSource, type ByteSource } from '../../../shared/bundle/byte-source';
import { verifyBundle } from '../../../shared/bundle/verify-bundle';
import { entryBytes, readZipDirectory } from '../../../shared/bundle/zip-directory';
import { writeBundleTo } from '../../../shared/bundle/write-bundle';
import { testBundleInput } from '../helpers/bundle-input';

const SCAN_SIZE = 400_000;

/** Three dossiers, each with a scan of SCAN_SIZE bytes whose content says whose it is. */
const input = () => testBundleInput(3, SCAN_SIZE);

/** A source that records the length of every read, over bytes the test may change afterwards. */
function recording(data: Uint8Array): ByteSource & { reads: number[] } {
  const inner = bytesSource(data);
  const reads: number[] = [];
  return { ...inner, reads, read: (offset, length) => (reads.push(length), inner.read(offset, length)) };
}

async function written(): Promise<{ bytes: Uint8Array; size: number; writes: number }> {
  const chunks: Uint8Array[] = [];
  const { size } = await writeBundleTo(input(), { write: async (chunk) => void chunks.push(chunk) });
  return { bytes: concatBytes(chunks), size, writes: chunks.length };
}

/** `bytes` written to a file of a new folder, opened to be read by ranges. */
async function onDisk(bytes: Uint8Array): Promise<{ file: string; source: FileSource }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ctai-stream-')), 'echange.ctai');
  writeFileSync(file, bytes);
  return { file, source: await openRegularFile(file, 1024 * 1024 * 1024) };
}

// Generous: these write and hash megabytes, and CI runs them beside the end-to-end tests.
describe('exchanges streamed', { timeout: 120_000 }, () => {
  it('are written in pieces no larger than one file, and read by ranges no larger than one entry', async () => {
    const { bytes, size, writes } = await written();
    expect(size).toBe(bytes.length);
    expect(writes).toBeGreaterThan(10);
    const source = recording(bytes);
    const bundle = await verifyBundle(source);
    expect(bundle.dossiers).toHaveLength(3);
    // Never the whole file at once: the largest read is one scan with its local header (the whole
    // file is three of them), and each entry is one read.
    expect(Math.max(...source.reads)).toBeLessThanOrEqual(SCAN_SIZE + 200);
    expect(Math.max(...source.reads)).toBeGreaterThan(SCAN_SIZE);
    // The documents are not kept: they are read again, one at a time, when asked.
    expect([...bundle.files.keys()].some((p) => p.endsWith('.pdf'))).toBe(false);
    const before = source.reads.length;
    const scan = await bundle.dossiers[1]!.documents[0]!.read();
    expect(scan.length).toBe(SCAN_SIZE);
    expect(scan[SCAN_SIZE - 1]).toBe(66);
    expect(source.reads.length).toBeGreaterThan(before);
  });

  it('read an entry whose local header is longer than its directory says, in a second range', async () => {
    const { bytes } = await written();
    const source = bytesSource(bytes);
    const entries = await readZipDirectory(source);
    const scan = entries.find((entry) => entry.name.endsWith('.pdf'))!;
    const whole = await entryBytes(source, scan);
    // As if the local header carried an extra field the central directory does not repeat.
    expect(await entryBytes(source, { ...scan, headerGuess: 30 })).toEqual(whole);
    expect(whole).toHaveLength(SCAN_SIZE);
  });

  it('refuse a document changed in the file after its verification, when it is read', async () => {
    const { bytes } = await written();
    const bundle = await verifyBundle(bytes.slice());
    const changed = bytes.slice();
    const source = recording(changed);
    const again = await verifyBundle(source);
    // The file changes on its stick between the preview and the import: one byte of that scan
    // (found by the run of its own byte, which no other scan has).
    const fill = (await again.dossiers[2]!.documents[0]!.read()).at(-1)!;
    const at = Buffer.from(changed).indexOf(Buffer.alloc(1000, fill));
    expect(at).toBeGreaterThan(0);
    changed[at + 500] = fill + 1;
    const error = await again.dossiers[2]!.documents[0]!.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).code).toBe('bundle-payload-hash-mismatch');
    expect((error as BundleError).message).toMatch(
      /a changé depuis sa vérification .* rien n’a été importé\. Ouvrez de nouveau l’échange/,
    );
    expect(await bundle.dossiers[2]!.documents[0]!.read()).toHaveLength(SCAN_SIZE);
  });

  it('read the same from a File (a dropped or picked bundle) and from a file on disk as from memory', async () => {
    const { bytes } = await written();
    const { source: fromFile } = await onDisk(bytes);
    try {
      const [fromMemory, fromBlob, fromDisk] = await Promise.all([
        verifyBundle(bytes),
        verifyBundle(blobSource(new Blob([bytes as Uint8Array<ArrayBuffer>]))),
        verifyBundle(fromFile),
      ]);
      for (const other of [fromBlob, fromDisk]) {
        expect(other.fileHash).toBe(fromMemory.fileHash);
        expect(other.dossiers.map((d) => d.dossier)).toEqual(fromMemory.dossiers.map((d) => d.dossier));
        expect(await other.dossiers[0]!.documents[0]!.read()).toEqual(
          await fromMemory.dossiers[0]!.documents[0]!.read(),
        );
      }
    } finally {
      await fromFile.close();
    }
  });

  it('have their documents hashed where the file is, never handed over for that, and refused if changed', async () => {
    const { bytes } = await written();
    const { file, source } = await onDisk(bytes);
    const reads: number[] = [];
    const digests: number[] = [];
    const watched: ByteSource = {
      ...source,
      read: (offset, length) => (reads.push(length), source.read(offset, length)),
      digest: (offset, length) => (digests.push(length), source.digest(offset, length)),
    };
    try {
      const bundle = await verifyBundle(watched);
      expect(bundle.dossiers).toHaveLength(3);
      expect(digests).toEqual([SCAN_SIZE, SCAN_SIZE, SCAN_SIZE]);
      expect(Math.max(...reads)).toBeLessThan(SCAN_SIZE);
      expect(bundle.fileHash).toBe((await verifyBundle(bytes)).fileHash);
    } finally {
      await source.close();
    }
    // One byte of the last scan changed on disk before the file is opened: refused by its digest.
    const changed = bytes.slice();
    changed[Buffer.from(changed).lastIndexOf(Buffer.alloc(1000, 67)) + 500] = 1;
    writeFileSync(file, changed);
    const reopened = await openRegularFile(file, 1024 * 1024 * 1024);
    try {
      const error = await verifyBundle(reopened).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BundleError);
      expect((error as BundleError).code).toBe('bundle-payload-hash-mismatch');
    } finally {
      await reopened.close();
    }
  });

  it('refuse a file cut short on disk as truncated, in French', async () => {
    const { bytes } = await written();
    const { file, source } = await onDisk(bytes);
    try {
      // Opened, then cut on its stick: ranges past the new end come back short.
      truncateSync(file, bytes.length - 200);
      const error = await verifyBundle(source).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BundleError);
      expect((error as BundleError).code).toBe('bundle-truncated');
    } finally {
      await source.close();
    }
  });

  it('are saved under their name only once complete, with the SHA-256 of what was written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-sink-'));
    const file = path.join(dir, 'echange.ctai');
    const sink = await createFileSink(file);
    await writeBundleTo(input(), sink);
    expect(existsSync(file)).toBe(false);
    const { size, sha256 } = await sink.commit();
    const bytes = readFileSync(file);
    expect(size).toBe(bytes.length);
    expect(sha256).toBe((await verifyBundle(new Uint8Array(bytes))).fileHash);

    const failed = await createFileSink(path.join(dir, 'abandonne.ctai'));
    await failed.write(new Uint8Array([1, 2, 3]));
    await failed.abort();
    // Neither under its name nor as a partial file; nor in the way of one (a folder of the partial's name).
    expect(readdirSync(dir).filter((name) => name.startsWith('abandonne'))).toEqual([]);
    mkdirSync(path.join(dir, 'gene.ctai.partiel'));
    const beside = await createFileSink(path.join(dir, 'gene.ctai'));
    await beside.write(new Uint8Array([1]));
    expect((await beside.commit()).size).toBe(1);
  });
});
