// The platform when the renderer runs in a plain browser (browser mode and end-to-end tests):
// downloads, a file input, window.print and WebCrypto keys in IndexedDB.
import { blobSource } from '../../shared/bundle/byte-source';
import { sha256Hex } from '../../shared/bundle/bytes';
import { MAX_OPENED_FILE_SIZE, tooLargeToOpen } from '../../shared/platform/opened-file-size';
import type { FileFilter, Platform } from '../../shared/platform/platform';
import { browserBackups } from './browser-backups';
import { browserPublicKey, browserSign } from './browser-key-store';

function pickFile(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** Offers `blob` as a download named `name` (the browser's own « save as »). */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createBrowserPlatform(version: string): Platform {
  return {
    kind: 'browser',
    appVersion: async () => version,
    saveFile: async ({ suggestedName, bytes }) => {
      download(new Blob([bytes as BlobPart]), suggestedName);
      return { saved: true };
    },
    saveBundle: async ({ suggestedName, file }) => {
      download(file, suggestedName);
      // The journal's hash: WebCrypto has no incremental digest, so the Blob is read whole once.
      return { saved: true, sha256: await sha256Hex(new Uint8Array(await file.arrayBuffer())) };
    },
    openFile: async (filters) => {
      const file = await pickFile(filters);
      if (!file) return { opened: false };
      if (file.size > MAX_OPENED_FILE_SIZE) return { opened: false, error: tooLargeToOpen(file.name) };
      return { opened: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    },
    openBundle: async (filters) => {
      const file = await pickFile(filters);
      if (!file) return { opened: false };
      if (file.size > MAX_OPENED_FILE_SIZE) return { opened: false, error: tooLargeToOpen(file.name) };
      // Read by slices as it is verified: a bundle of hundreds of megabytes is never read whole.
      return { opened: true, name: file.name, source: blobSource(file) };
    },
    printPdf: async (title, bytes) => {
      // One print frame at a time: the one before is done with once a new print is asked for.
      // (Headless Chromium crashed the page when a second PDF frame printed beside the first.)
      document.querySelector<HTMLIFrameElement>('iframe[data-ctai-print]')?.remove();
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const frame = document.createElement('iframe');
      frame.dataset.ctaiPrint = '';
      frame.title = title;
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      frame.src = url;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.contentWindow?.print();
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 60_000);
      return { printed: true };
    },
    publicKey: browserPublicKey,
    sign: browserSign,
    // The browser keeps its WebCrypto key itself: no OS store can make it unreadable.
    keyState: async () => 'ready',
    renewUnreadableKey: async () => false,
    // A non-extractable WebCrypto key, kept by the browser's own profile protection.
    keyProtection: async () => 'systeme',
    unlockKey: async () => true,
    // A browser hands files over by drag and drop (see use-bundle-drop), not by the file manager.
    takeOpenedFile: async () => ({ opened: false }),
    showInFolder: null,
    openLink: async (url) => {
      if (!/^https?:\/\//.test(url)) return false;
      if (!window.confirm(`Ouvrir ce lien dans un nouvel onglet ?\n${url}`)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    backups: browserBackups,
  };
}
