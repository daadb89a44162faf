// The fonts of generated PDFs, fetched from the app's own assets the first time a document is made.
import srgb from '../../../assets/icc/sRGB.icc?url';
import { FONT_FILES } from '../../../shared/documents/font-families';
import type { PdfFonts } from '../../../shared/documents/render-pdf';

/** The URL of every shipped font file, by file name. */
const FONT_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../../assets/fonts/*.ttf', { query: '?url', import: 'default', eager: true }),
  ).map(([file, url]) => [file.slice(file.lastIndexOf('/') + 1), url]),
);

let loading: Promise<PdfFonts> | null = null;

async function bytes(url: string | undefined): Promise<Uint8Array> {
  if (!url) throw new Error('Une police des documents manque dans l’application : réinstallez-la.');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Police introuvable : ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadBrowserFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([Promise.all(FONT_FILES.map((file) => bytes(FONT_URLS[file]))), bytes(srgb)]).then(
    ([files, icc]) => ({ files: Object.fromEntries(FONT_FILES.map((file, i) => [file, files[i]!])), iccProfile: icc }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
