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
  // Header and data in one read, where the local header is as long as the directory suggests:
  // one range per entry (in Electron, one message to main), not two.
  const read =
    entry.offset + 30 <= source.size
      ? await source.read(entry.offset, entry.headerGuess + entry.compressedSize)
      : new Uint8Array(0);
  const view = new DataView(read.buffer, read.byteOffset, read.byteLength);
  if (read.length < 30 || view.getUint32(0, true) !== LOCAL) throw truncated(entry.name);
  const headerLength = 30 + view.getUint16(26, true) + view.getUint16(28, true);
  if (entry.offset + headerLength + entry.compressedSize > source.size) throw truncated(entry.name);
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
