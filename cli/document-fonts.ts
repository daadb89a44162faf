// The fonts documents are drawn with: the open-licence fonts shipped in assets/fonts (the list
// is shared/documents/font-families.ts). Marianne, the State's typeface, comes only as
// CFF-flavoured WOFF files in the design system package, which fontkit cannot embed (its CFF
// parser fails on them): the PDF bloc-marque is set in the open font's bold instead.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { FONT_FILES } from '../shared/documents/font-families';
import type { PdfFonts } from '../shared/documents/render-pdf';

/** The assets folder of the project: found up from this module, in the sources or the build (out/cli/…). */
function assets(): string {
  for (let dir = path.dirname(new URL(import.meta.url).pathname); dir !== path.dirname(dir); dir = path.dirname(dir))
    if (existsSync(path.join(dir, 'assets/icc/sRGB.icc'))) return path.join(dir, 'assets');
  throw new Error('Le dossier des polices (assets) est introuvable à côté de l’outil ctai : réinstallez-le.');
}

let loaded: PdfFonts | null = null;

/**
 * The shipped fonts, read once per process: the renderer keeps what it measured and shaped per
 * font file (by the bytes' identity), so later documents of the process reuse it.
 * root: the assets folder, found from this module when not given (the snapshot of `ctai doc`
 * gives it, having no module address).
 */
export function loadPdfFonts(root = ''): PdfFonts {
  if (loaded) return loaded;
  root ||= assets();
  loaded = {
    files: Object.fromEntries(
      FONT_FILES.map((file) => [file, new Uint8Array(readFileSync(path.join(root, 'fonts', file)))]),
    ),
    iccProfile: new Uint8Array(readFileSync(path.join(root, 'icc/sRGB.icc'))),
    // Node's native zlib: several times faster than the JavaScript one on a long contract.
    deflate: (bytes) => deflateSync(bytes, { level: 1 }),
  };
  return loaded;
}
