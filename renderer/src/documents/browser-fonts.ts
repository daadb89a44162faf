// The fonts of generated PDFs, fetched from the app's own assets the first time a document is made.
import bold from '../../../assets/fonts/LiberationSans-Bold.ttf?url';
import boldItalic from '../../../assets/fonts/LiberationSans-BoldItalic.ttf?url';
import italic from '../../../assets/fonts/LiberationSans-Italic.ttf?url';
import regular from '../../../assets/fonts/LiberationSans-Regular.ttf?url';
import srgb from '../../../assets/icc/sRGB.icc?url';
import type { PdfFonts } from '../../../shared/documents/render-pdf';

let loading: Promise<PdfFonts> | null = null;

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Police introuvable : ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadBrowserFonts(): Promise<PdfFonts> {
  loading ??= Promise.all([bytes(regular), bytes(bold), bytes(italic), bytes(boldItalic), bytes(srgb)]).then(
    ([r, b, i, bi, icc]) => ({ regular: r, bold: b, italic: i, boldItalic: bi, iccProfile: icc }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
