// The fonts documents are drawn with: the open-licence font shipped in assets/fonts.
// Marianne, the State's typeface, comes only as CFF-flavoured WOFF files in the design system
// package, which fontkit cannot embed (its CFF parser fails on them): the PDF bloc-marque is
// set in the open font's bold instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PdfFonts } from '../shared/documents/render-pdf';

const here = path.dirname(new URL(import.meta.url).pathname);

export function loadPdfFonts(): PdfFonts {
  const font = (name: string) =>
    new Uint8Array(readFileSync(path.join(here, '../assets/fonts', `LiberationSans-${name}.ttf`)));
  return {
    regular: font('Regular'),
    bold: font('Bold'),
    italic: font('Italic'),
    boldItalic: font('BoldItalic'),
    iccProfile: new Uint8Array(readFileSync(path.join(here, '../assets/icc/sRGB.icc'))),
  };
}
