// A bounded read of a ZIP file's central directory, before anything is inflated: names, sizes,
// compression, and whether an entry is a symbolic link. Refuses what a bundle never holds. The
// entries are then inflated from what this read found (entryBytes), so that one reading of the
// archive decides both what is checked and what is extracted.
import { inflateSync } from 'fflate';
import { BundleError } from './bundle-error';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  method: number;
  isSymlink: boolean;
  isDirectory: boolean;
  /** Where the entry's local header starts in the archive. */
  offset: number;
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
const CENTRAL = 0x02014b50;

export function readZipDirectory(data: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < 22 || view.getUint32(0, true) !== 0x04034b50) {
    throw new BundleError(
      'bundle-not-zip',
      'Ce fichier n’est pas un échange CTAI : ce n’est pas une archive ZIP. Vérifiez que c’est bien le fichier .ctai reçu ; sinon, demandez à l’expéditeur de le renvoyer.',
    );
  }
  // The end-of-central-directory record is within the last 65 557 bytes (its comment is at most 65 535).
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new BundleError(
      'bundle-truncated',
      'L’archive est tronquée ou abîmée (fin d’archive introuvable) : demandez à l’expéditeur de la renvoyer.',
    );
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
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
  if (directoryOffset + directorySize > eocd)
    throw new BundleError(
      'bundle-truncated',
      'L’archive est tronquée ou abîmée (répertoire incomplet) : demandez à l’expéditeur de la renvoyer.',
    );
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  let total = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < count; i++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL) {
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
  if (total > 1024 * 1024 && total / data.length > limits.maxRatio)
    throw new BundleError(
      'bundle-zip-bomb',
      'L’archive se décompresse en une taille démesurée par rapport à la sienne : elle est refusée par sécurité.',
    );
  return entries;
}

const LOCAL = 0x04034b50;

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
 */
export function entryBytes(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (entry.offset + 30 > data.length || view.getUint32(entry.offset, true) !== LOCAL) throw truncated(entry.name);
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  if (start + entry.compressedSize > data.length) throw truncated(entry.name);
  const stored = data.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return stored.slice();
  try {
    return inflateSync(stored, { out: new Uint8Array(entry.size) });
  } catch {
    throw truncated(entry.name);
  }
}
