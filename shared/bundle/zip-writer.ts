// Writes a ZIP archive file by file into a sink, so that an exchange of hundreds of megabytes is
// never held whole: each file goes out as soon as it is added (fflate's streaming Zip, with data
// descriptors, which readZipDirectory and unzip read from the central directory). Files that
// deflate gains nothing on are stored.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { ENCRYPTED_PAYLOAD, SIGNATURE_FILE } from './bag-format';
import type { ByteSink } from './byte-source';

// Deflate gains nothing on these and costs eight times the time: they are stored.
const INCOMPRESSIBLE = ['.pdf', SIGNATURE_FILE, ENCRYPTED_PAYLOAD];

/** The compression level a bag file is written with: 0 (stored) for what deflate cannot shrink. */
export function compressionLevel(path: string): 0 | 6 {
  return INCOMPRESSIBLE.some((end) => path.endsWith(end)) ? 0 : 6;
}

export class ZipWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private written = 0;

  constructor(
    private readonly sink: ByteSink,
    private readonly mtime: Date,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.pending.push(chunk);
    });
  }

  /** Adds one file and writes it out before resolving; `bytes` may be released afterwards. */
  async add(path: string, bytes: Uint8Array): Promise<void> {
    const file = compressionLevel(path) === 0 ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
    file.mtime = this.mtime;
    this.zip.add(file);
    // Both kinds process synchronously: the file's whole output is pending once push returns.
    file.push(bytes, true);
    await this.flush();
  }

  /** Writes the central directory; resolves with the archive's size in bytes. */
  async end(): Promise<number> {
    this.zip.end();
    await this.flush();
    return this.written;
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const chunks = this.pending;
    this.pending = [];
    for (const chunk of chunks) {
      await this.sink.write(chunk);
      this.written += chunk.length;
    }
  }
}
