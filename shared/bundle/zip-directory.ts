// A bounded read of a ZIP file's central directory, before anything is inflated: names, sizes,
// compression, and whether an entry is a symbolic link. Refuses what a bundle never holds. The
// entries are then inflated from what this read found (entryBytes), so that one reading of the
// archive decides both what is checked and what is extracted. The archive is read by ranges
// (byte-source.ts): its directory, then one entry at a time, never the whole file.
import { inflateSync } from 'fflate';
import { BundleError } from './bundle-error';
import type { ByteSource } from './byte-source';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  method: number;
  isSymlink: boolean;
  isDirectory: boolean;
  /** Where the entry's local header starts in the archive. */
  offset: number;
  /** Its local header's length as the central directory suggests it (they almost always agree). */
  headerGuess: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxEntrySize: number;
  maxTotalSize: number;
  /**
   * Highest size / compressed size for a deflated entry above 1 MiB, and highest total inflated
   * size / archive size over the whole archive (a bomb made of many small entries passes the first).
   */
  maxRatio: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: 50_000,
  maxEntrySize: 512 * 1024 * 1024,
  maxTotalSize: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
};

const EOCD = 0x06054b50;
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

/** The archive's entries, from its end-of-central-directory record and its central directory. */
export async function readZipDirectory(source: ByteSource, limits: ZipLimits = DEFAULT_LIMITS): Promise<ZipEntry[]> {
  if (source.size === 0)
    throw new BundleError(
      'bundle-not-zip',
      'Ce fichier est vide : ce n’est pas un échange CTAI. Demandez à l’expéditeur de le renvoyer ; s’il vient d’une clé USB, vérifiez qu’elle a été retirée proprement.',
    );
  const head = await source.read(0, 4);
  if (
    source.size < 22 ||
    head.length < 4 ||
    new DataView(head.buffer, head.byteOffset, 4).getUint32(0, true) !== LOCAL
  ) {
    throw new BundleError(
      'bundle-not-zip',
      'Ce fichier n’est pas un échange CTAI : ce n’est pas une archive ZIP. Vérifiez que c’est bien le fichier .ctai reçu ; sinon, demandez à l’expéditeur de le renvoyer.',
    );
  }
  // The end-of-central-directory record is within the last 65 557 bytes (its comment is at most 65 535).
  const tailStart = Math.max(0, source.size - 22 - 65_535);
  const tail = await source.read(tailStart, source.size - tailStart);
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tailView.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new BundleError(
      'bundle-truncated',
      'L’archive est tronquée ou abîmée (fin d’archive introuvable) : demandez à l’expéditeur de la renvoyer.',
    );
  const count = tailView.getUint16(eocd + 10, true);
  const directorySize = tailView.getUint32(eocd + 12, true);
  const directoryOffset = tailView.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new BundleError(
      'bundle-zip64',
      'Cette archive utilise un format ZIP64 que les échanges CTAI n’emploient pas.',
    );
  if (count > limits.maxEntries)
    throw new BundleError(
      'bundle-too-many-entries',
      `L’archive contient trop de fichiers (${count}) pour un échange CTAI.`,
    );
  if (directoryOffset + directorySize > tailStart + eocd)
    throw new BundleError(
      'bundle-truncated',
      'L’archive est tronquée ou abîmée (répertoire incomplet) : demandez à l’expéditeur de la renvoyer.',
    );
  // The directory, read whole up to the record: offsets below are within it.
  const data = await source.read(directoryOffset, tailStart + eocd - directoryOffset);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = data.length;
  const entries: ZipEntry[] = [];
  let offset = 0;
  let total = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < count; i++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== CENTRAL) {
      throw new BundleError(
        'bundle-truncated',
        'L’archive est tronquée ou abîmée (entrée illisible) : demandez à l’expéditeur de la renvoyer.',
      );
    }
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const external = view.getUint32(offset + 38, true);
    const localOffset = view.getUint32(offset + 42, true);
    const flags = view.getUint16(offset + 8, true);
    const nameBytes = data.subarray(offset + 46, offset + 46 + nameLength);
    // Names are read here as UTF-8 and by other tools (unzip) as ZIP says: UTF-8 with flag bit 11,
    // CP437 without. A name of more than ASCII without the flag would be read two ways: refused.
    if (!(flags & 0x0800) && nameBytes.some((byte) => byte > 0x7f))
      throw new BundleError(
        'bundle-bad-name',
        'Un nom de fichier de l’archive n’est pas déclaré en UTF-8 : il serait lu de deux façons. L’archive est refusée.',
      );
    let name: string;
    try {
      name = decoder.decode(nameBytes);
    } catch {
      throw new BundleError('bundle-bad-name', 'Un nom de fichier de l’archive n’est pas lisible (UTF-8 attendu).');
    }
    const mode = external >>> 16;
    entries.push({
      name,
      compressedSize,
      size,
      method,
      isSymlink: (mode & 0o170000) === 0o120000,
      isDirectory: name.endsWith('/'),
      offset: localOffset,
      headerGuess: 30 + nameLength + extraLength,
    });
    if (size > limits.maxEntrySize)
      throw new BundleError(
        'bundle-entry-too-large',
        `Le fichier « ${name.slice(0, 160)} » est trop volumineux pour un échange CTAI.`,
      );
    if (method !== 0 && method !== 8)
      throw new BundleError(
        'bundle-bad-compression',
        `Le fichier « ${name.slice(0, 160)} » est compressé d’une façon inconnue.`,
      );
    if (method === 8 && size > 1024 * 1024 && size / Math.max(compressedSize, 1) > limits.maxRatio) {
      throw new BundleError(
        'bundle-zip-bomb',
        `Le fichier « ${name.slice(0, 160)} » se décompresse en une taille démesurée : l’archive est refusée par sécurité.`,
      );
    }
    if (method === 0 && size !== compressedSize)
      throw new BundleError('bundle-truncated', `Le fichier « ${name.slice(0, 160)} » a une taille incohérente.`);
    total += size;
    if (total > limits.maxTotalSize)
      throw new BundleError(
        'bundle-zip-bomb',
        'L’archive se décompresse en une taille démesurée : elle est refusée par sécurité.',
      );
    offset += 46 + nameLength + extraLength + commentLength;
  }
  // Over the whole archive: a few kilobytes of small entries must not inflate to gigabytes. The
  // floor keeps tiny archives (a few short files compress well) out of this rule.
  if (total > 1024 * 1024 && total / source.size > limits.maxRatio)
    throw new BundleError(
      'bundle-zip-bomb',
      'L’archive se décompresse en une taille démesurée par rapport à la sienne : elle est refusée par sécurité.',
    );
  return entries;
}

function truncated(name: string): BundleError {
  return new BundleError(
    'bundle-truncated',
    `L’archive est abîmée : le fichier « ${name.slice(0, 160)} » ne peut pas être décompressé. Demandez à l’expéditeur de la renvoyer.`,
  );
}

/**
 * The bytes of an entry readZipDirectory gave, inflated into a buffer of the size the directory
 * declares (never more: the inflater writes nothing past it). Its data start after its local
 * header, whose own name and extra field lengths say where. What did not inflate to exactly that
 * size is left for the manifest's digests and the Payload-Oxum to refuse; an entry whose header
 * or data lie outside the archive, or that does not inflate, is refused here as truncated.
 * Only this entry is read from the source.
 */
export async function entryBytes(source: ByteSource, entry: ZipEntry): Promise<Uint8Array> {
  const { read, headerLength } = await localHeader(source, entry, entry.compressedSize);
  const stored =
    headerLength + entry.compressedSize <= read.length
      ? read.subarray(headerLength, headerLength + entry.compressedSize)
      : await source.read(entry.offset + headerLength, entry.compressedSize);
  if (stored.length !== entry.compressedSize) throw truncated(entry.name);
  if (entry.method === 0) return stored;
  try {
    return inflateSync(stored, { out: new Uint8Array(entry.size) });
  } catch {
    throw truncated(entry.name);
  }
}

/**
 * An entry's local header, read with the `more` bytes that follow it where the header is as long
 * as the directory suggests (one range per entry: in Electron, one message to main, not two),
 * and its real length. Refuses a header or data lying outside the archive.
 */
async function localHeader(
  source: ByteSource,
  entry: ZipEntry,
  more: number,
): Promise<{ read: Uint8Array; headerLength: number }> {
  const read =
    entry.offset + 30 <= source.size ? await source.read(entry.offset, entry.headerGuess + more) : new Uint8Array(0);
  const view = new DataView(read.buffer, read.byteOffset, read.byteLength);
  if (read.length < 30 || view.getUint32(0, true) !== LOCAL) throw truncated(entry.name);
  const headerLength = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  if (entry.offset + headerLength + entry.compressedSize > source.size) throw truncated(entry.name);
  return { read, headerLength };
}

/**
 * The SHA-256 (lowercase hex) and length of each of these stored entries, hashed by the source
 * where the file is (ByteSource.digest, which the caller checks it has): their bytes are not
 * handed over (nor, in Electron, carried to the window) only to be hashed and let go. Their local
 * headers are read first, a few at once; then every digest is asked for at once, in the entries'
 * order, which is the order a file source hashes them in (main/file-hasher.ts). Throws the
 * fault of the first entry, in their order, that lies outside the archive or comes back short.
 */
export async function storedEntryDigests(
  source: ByteSource,
  entries: readonly ZipEntry[],
): Promise<{ sha256: string; size: number }[]> {
  const starts: number[] = [];
  for (let i = 0; i < entries.length; i += HEADERS_AT_ONCE)
    starts.push(
      ...(await Promise.all(
        entries
          .slice(i, i + HEADERS_AT_ONCE)
          .map(async (entry) => entry.offset + (await localHeader(source, entry, 0)).headerLength),
      )),
    );
  const answers = await Promise.allSettled(entries.map((entry, i) => source.digest!(starts[i]!, entry.compressedSize)));
  return answers.map((answer, i) => {
    if (answer.status === 'rejected') throw answer.reason;
    if (answer.value.length !== entries[i]!.compressedSize) throw truncated(entries[i]!.name);
    return { sha256: answer.value.sha256, size: answer.value.length };
  });
}

/** Local headers read at once by storedEntryDigests (each a small read). */
const HEADERS_AT_ONCE = 16;

/** Where an entry ends in the archive, as the directory suggests (its header's usual length, then its data). */
function entryEnd(entry: ZipEntry): number {
  return entry.offset + entry.headerGuess + entry.compressedSize;
}

/**
 * `entries` cut into runs that lie one after the other in the archive, each under `maxBytes`
 * (an entry larger than that is a run of its own): a run is read in one range (entriesBytes)
 * rather than one per entry. Small files are read as a few large ranges: a thousand dossier
 * files were a thousand reads (in Electron, a thousand messages to the main process).
 */
export function adjacentRuns(entries: readonly ZipEntry[], maxBytes: number): ZipEntry[][] {
  const runs: ZipEntry[][] = [];
  let run: ZipEntry[] = [];
  for (const entry of entries) {
    const last = run.at(-1);
    if (last && (entryEnd(last) !== entry.offset || entryEnd(entry) - run[0]!.offset > maxBytes)) {
      runs.push(run);
      run = [];
    }
    run.push(entry);
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * The bytes of each entry of a run adjacentRuns gave, as entryBytes gives them, the run read in
 * one range. An entry whose header is longer than the directory suggests reads its own rest.
 */
export async function entriesBytes(source: ByteSource, run: readonly ZipEntry[]): Promise<Uint8Array[]> {
  if (run.length === 1) return [await entryBytes(source, run[0]!)];
  const start = run[0]!.offset;
  const block = await source.read(start, entryEnd(run.at(-1)!) - start);
  // The source as entryBytes reads it, the run's range served from the block (copied: each
  // entry's bytes are its own, as a source's reads are).
  const served: ByteSource = {
    ...source,
    read: (offset, length) =>
      offset >= start && offset + length <= start + block.length
        ? Promise.resolve(block.slice(offset - start, offset - start + length))
        : source.read(offset, length),
  };
  const out: Uint8Array[] = [];
  for (const entry of run) out.push(await entryBytes(served, entry));
  return out;
}
