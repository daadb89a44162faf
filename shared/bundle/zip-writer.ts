// Writes a ZIP archive (PKWARE APPNOTE 6.3: local headers, central directory, end record; no
// ZIP64, which readZipDirectory refuses) file by file into a sink, so that an exchange of hundreds
// of megabytes is never held whole: each file goes out as soon as it is added, and only its
// directory record is kept. Each file is added whole, so its CRC and sizes go in its local header
// (no data descriptors). The framing is written here rather than with fflate's streaming Zip,
// whose CRC-32 runs a byte at a time (about 150 MB/s here, the export's bottleneck): the CRC is
// SheetJS's crc-32 (slice-by-16, about 1 GB/s), the deflating fflate's.
import CRC32 from 'crc-32';
import { deflateSync } from 'fflate';
import { ENCRYPTED_PAYLOAD, SIGNATURE_FILE } from './bag-format';
import { BundleError } from './bundle-error';
import type { ByteSink } from './byte-source';
import { utf8 } from './bytes';

// Deflate gains nothing on these and costs eight times the time: they are stored. A DOCX is
// already a ZIP. Automerge's own format is already compact (deflate takes 2 % off it, for a third
// of an export's time).
const INCOMPRESSIBLE = ['.pdf', '.docx', '.automerge', SIGNATURE_FILE, ENCRYPTED_PAYLOAD];
// A dossier's JSON view is stored too: deflate would take it from about 12 to 3 KB, but it cost
// a fifth of an export's time (and its inflating a twentieth of an import's), where an exchange's
// size is its documents'. A backup's tables (under data/ too, but not dossier views) are deflated.
const DOSSIER_VIEW = /\/data\/dossiers\/[^/]+\.json$/;

/** The compression level a bag file is written with: 0 (stored) for what deflate cannot shrink. */
export function compressionLevel(path: string): 0 | 6 {
  return INCOMPRESSIBLE.some((end) => path.endsWith(end)) || DOSSIER_VIEW.test(path) ? 0 : 6;
}

const LIMIT = 0xffffffff;
// General purpose flag bit 11: the name is UTF-8 (readZipDirectory refuses a non-ASCII name without it).
const UTF8_NAME = 0x0800;
// Version 2.0 (deflate); made by Unix (3), so that the external attributes carry a file mode.
const VERSION = 20;
const MADE_BY_UNIX = (3 << 8) | VERSION;
// A regular file, rw-r--r--: never read as a symbolic link.
const REGULAR_FILE = (0o100644 << 16) >>> 0;

/** The MS-DOS time and date of `date` in local time, as ZIP stores them (two seconds' precision). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

interface Written {
  name: Uint8Array;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export class ZipWriter {
  private readonly entries: Written[] = [];
  private offset = 0;
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly sink: ByteSink,
    mtime: Date,
  ) {
    this.stamp = dosDateTime(mtime);
  }

  /** Adds one file and writes it out before resolving; `bytes` may be released afterwards. */
  async add(path: string, bytes: Uint8Array): Promise<void> {
    const method = compressionLevel(path) === 0 ? 0 : 8;
    const data = method === 0 ? bytes : deflateSync(bytes, { level: 6 });
    const entry: Written = {
      name: utf8.encode(path),
      method,
      crc: CRC32.buf(bytes) >>> 0,
      compressedSize: data.length,
      size: bytes.length,
      offset: this.offset,
    };
    if (
      entry.size > LIMIT ||
      entry.offset + 30 + entry.name.length + data.length > LIMIT ||
      this.entries.length >= 0xffff
    )
      throw tooLarge();
    const header = new Uint8Array(30 + entry.name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, VERSION, true);
    this.common(view, 6, entry);
    view.setUint16(26, entry.name.length, true);
    view.setUint16(28, 0, true);
    header.set(entry.name, 30);
    await this.write(header);
    await this.write(data);
    this.entries.push(entry);
  }

  /** Writes the central directory and the end record; resolves with the archive's size in bytes. */
  async end(): Promise<number> {
    const start = this.offset;
    const records = new Uint8Array(this.entries.reduce((sum, entry) => sum + 46 + entry.name.length, 0) + 22);
    const view = new DataView(records.buffer);
    let at = 0;
    for (const entry of this.entries) {
      view.setUint32(at, 0x02014b50, true);
      view.setUint16(at + 4, MADE_BY_UNIX, true);
      view.setUint16(at + 6, VERSION, true);
      this.common(view, at + 8, entry);
      view.setUint16(at + 28, entry.name.length, true);
      // Extra field, comment, disk number and internal attributes: none.
      view.setUint32(at + 38, REGULAR_FILE, true);
      view.setUint32(at + 42, entry.offset, true);
      records.set(entry.name, at + 46);
      at += 46 + entry.name.length;
    }
    if (start + at + 22 > LIMIT) throw tooLarge();
    view.setUint32(at, 0x06054b50, true);
    view.setUint16(at + 8, this.entries.length, true);
    view.setUint16(at + 10, this.entries.length, true);
    view.setUint32(at + 12, at, true);
    view.setUint32(at + 16, start, true);
    await this.write(records);
    return this.offset;
  }

  /** Flags, method, time, date, CRC and sizes: the same 22 bytes in a local header and a directory record. */
  private common(view: DataView, at: number, entry: Written): void {
    view.setUint16(at, UTF8_NAME, true);
    view.setUint16(at + 2, entry.method, true);
    view.setUint16(at + 4, this.stamp.time, true);
    view.setUint16(at + 6, this.stamp.date, true);
    view.setUint32(at + 8, entry.crc, true);
    view.setUint32(at + 12, entry.compressedSize, true);
    view.setUint32(at + 16, entry.size, true);
  }

  private async write(chunk: Uint8Array): Promise<void> {
    await this.sink.write(chunk);
    this.offset += chunk.length;
  }
}

function tooLarge(): BundleError {
  return new BundleError(
    'bundle-too-large',
    'L’échange dépasserait 4 Go ou 65 535 fichiers, ce que son format ne permet pas : exportez les dossiers en plusieurs fois (option « découper »).',
  );
}
