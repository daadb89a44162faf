// The folder of the last file saved or opened (a USB stick, often), kept across restarts in a
// small file of the user's data folder; a folder that no longer exists falls back to Documents.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write';

export function createLastFolder(file: string, fallback: string) {
  let folder = fallback;
  try {
    const stored = (JSON.parse(readFileSync(file, 'utf8')) as { lastFolder?: unknown }).lastFolder;
    if (typeof stored === 'string' && existsSync(stored)) folder = stored;
  } catch {
    // First start, or an unreadable file: Documents it is.
  }
  return {
    get: () => (existsSync(folder) ? folder : fallback),
    set: (next: string) => {
      folder = next;
      // Losing this preference loses nothing but a click: a failed write is not worth an error.
      writeFileAtomic(file, new TextEncoder().encode(JSON.stringify({ lastFolder: next }))).catch(() => undefined);
    },
  };
}
