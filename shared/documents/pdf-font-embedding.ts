// Writes the fonts a PDF uses as subsets: each font keeps only the glyphs drawn, renumbered,
// with a six-letter subset tag in its name (ABCDEF+LiberationSans), the glyph widths (W) and a
// ToUnicode map so that the text can be searched and copied. The glyphs written are the
// shaped glyphs the layout measured (see pdf-shaping.ts), never a second shaping.
import type { Subset } from '@pdf-lib/fontkit';
import { zlibSync } from 'fflate';
import { PDFString, type PDFContext, type PDFObject, type PDFRawStream, type PDFRef } from 'pdf-lib';
import type { Shaped, ShapingFont } from './pdf-shaping';

const hex4 = (value: number) => value.toString(16).padStart(4, '0');

/** A 32-bit FNV-1a hash: a stable fingerprint for subset tags and the document /ID. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function utf16Hex(codePoints: number[]): string {
  return String.fromCodePoint(...codePoints)
    .split('')
    .map((unit) => hex4(unit.charCodeAt(0)))
    .join('');
}

export class EmbeddedFont {
  readonly ref: PDFRef;
  readonly name: string;
  private subset: Subset;
  /** Subset glyph id for each glyph id of the font. */
  private readonly ids = new Map<number, number>();
  private readonly widths = new Map<number, number>();
  private readonly unicode = new Map<number, number[]>();
  private readonly arrays = new Map<Shaped, string | null>();

  constructor(
    readonly font: ShapingFont,
    context: PDFContext,
    index: number,
  ) {
    this.ref = context.nextRef();
    this.name = `F${index + 1}`;
    this.subset = font.font.createSubset();
  }

  private subsetId(glyph: number, width: number, codePoints: number[]): number {
    let id = this.ids.get(glyph);
    if (id === undefined) {
      id = this.subset.includeGlyph(glyph);
      this.ids.set(glyph, id);
      this.widths.set(id, width);
    }
    // A glyph drawn for several characters (rare: two code points sharing a glyph) keeps the first.
    if (!this.unicode.has(id) && codePoints.length) this.unicode.set(id, codePoints);
    return id;
  }

  /**
   * The inside of a TJ array drawing a whole shaped text (glyph ids and kerning adjustments,
   * no brackets), or null when the layout moved a glyph off the line (Arabic marks): such a text
   * is drawn by show(). Built once per shaped word: it does not depend on where it is drawn.
   */
  glyphs(shaped: Shaped): string | null {
    let array = this.arrays.get(shaped);
    if (array === undefined) {
      const simple = shaped.xOffsets.every((offset) => offset === 0) && shaped.yOffsets.every((offset) => offset === 0);
      array = simple ? this.glyphArray(shaped, 0, shaped.ids.length) : null;
      this.arrays.set(shaped, array);
    }
    return array;
  }

  /**
   * The operators drawing a shaped text with its left end at (x, y) points, at a size, each glyph
   * the layout moved (Arabic marks) at its own place.
   */
  show(shaped: Shaped, x: number, y: number, size: number): string {
    const toPoints = size / this.font.unitsPerEm;
    const parts: string[] = [];
    let cursor = 0;
    let start = 0;
    let startX = 0;
    const flush = (end: number) => {
      if (end > start)
        parts.push(`1 0 0 1 ${num(x + startX * toPoints)} ${num(y)} Tm [${this.glyphArray(shaped, start, end)}] TJ`);
    };
    shaped.ids.forEach((_, index) => {
      const xOffset = shaped.xOffsets[index]!;
      const yOffset = shaped.yOffsets[index]!;
      if (xOffset !== 0 || yOffset !== 0) {
        flush(index);
        parts.push(
          `1 0 0 1 ${num(x + (cursor + xOffset) * toPoints)} ${num(y + yOffset * toPoints)} Tm [${this.glyphArray(shaped, index, index + 1)}] TJ`,
        );
        start = index + 1;
        startX = cursor + shaped.advances[index]!;
      }
      cursor += shaped.advances[index]!;
    });
    flush(shaped.ids.length);
    return parts.join(' ');
  }

  /**
   * The inside of a TJ array of glyphs start to end: subset glyph ids, and adjustments where the
   * layout's advance (kerning) differs from the glyph width the viewer applies.
   */
  private glyphArray(shaped: Shaped, start: number, end: number): string {
    const scale = 1000 / this.font.unitsPerEm;
    let array = '<';
    for (let index = start; index < end; index++) {
      array += hex4(this.subsetId(shaped.ids[index]!, shaped.widths[index]!, shaped.codePoints[index]!));
      const adjust = (shaped.widths[index]! - shaped.advances[index]!) * scale;
      if (Math.abs(adjust) > 0.01 && index < end - 1) array += `>${num(adjust)}<`;
    }
    return `${array}>`;
  }

  async write(context: PDFContext, deflate: Deflate): Promise<void> {
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const chunks: Uint8Array[] = [];
      this.subset
        .encodeStream()
        .on('data', (chunk) => chunks.push(chunk))
        .on('end', () => {
          const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
          const merged = new Uint8Array(total);
          let offset = 0;
          for (const chunk of chunks) {
            merged.set(chunk, offset);
            offset += chunk.length;
          }
          resolve(merged);
        });
    });
    const font = this.font.font;
    const scale = 1000 / font.unitsPerEm;
    const glyphs = [...this.ids.keys()].sort((a, b) => a - b).join(',');
    const baseName = `${subsetTag(`${font.postscriptName ?? ''}|${glyphs}`)}+${(font.postscriptName ?? 'Font').replace(/[^A-Za-z0-9-]/g, '')}`;
    const descriptor = context.obj({
      Type: 'FontDescriptor',
      FontName: baseName,
      // Symbolic (its own glyph set), italic when slanted.
      Flags: 4 | (font.italicAngle !== 0 ? 64 : 0),
      FontBBox: [font.bbox.minX * scale, font.bbox.minY * scale, font.bbox.maxX * scale, font.bbox.maxY * scale],
      ItalicAngle: font.italicAngle,
      Ascent: font.ascent * scale,
      Descent: font.descent * scale,
      CapHeight: (font.capHeight || font.ascent) * scale,
      StemV: 80,
      FontFile2: context.register(flateStream(context, bytes, { Length1: bytes.length }, deflate)),
    });
    const ids = [...this.widths.keys()].sort((a, b) => a - b);
    const widths = ids.flatMap((id) => [id, [Math.round(this.widths.get(id)! * scale * 1000) / 1000]]);
    const cidFont = context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseName,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: context.register(descriptor),
      CIDToGIDMap: 'Identity',
      W: widths,
    });
    const toUnicode = context.register(flateStream(context, new TextEncoder().encode(this.toUnicode()), {}, deflate));
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseName,
        Encoding: 'Identity-H',
        DescendantFonts: [context.register(cidFont)],
        ToUnicode: toUnicode,
      }),
    );
  }

  private toUnicode(): string {
    const entries = [...this.unicode.entries()].sort((a, b) => a[0] - b[0]);
    const chunks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const chunk = entries.slice(i, i + 100);
      chunks.push(
        `${chunk.length} beginbfchar\n${chunk.map(([id, cps]) => `<${hex4(id)}> <${utf16Hex(cps)}>`).join('\n')}\nendbfchar`,
      );
    }
    return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <ffff>
endcodespacerange
${chunks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
  }
}

/** zlib compression (RFC 1950) of bytes, as FlateDecode streams hold. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

/**
 * fflate at level 1: several times faster than pdf-lib's own (pako at its default level) for
 * files a few percent larger. Where the platform has a native zlib (Node), it is passed instead.
 */
export const fflateDeflate: Deflate = (bytes) => zlibSync(bytes, { level: 1 });

/** A compressed stream. */
export function flateStream(
  context: PDFContext,
  bytes: Uint8Array,
  dict: Record<string, PDFObject | number | string> = {},
  deflate: Deflate = fflateDeflate,
): PDFRawStream {
  return context.stream(deflate(bytes), { ...dict, Filter: 'FlateDecode' });
}

/** Six capital letters from a fingerprint, as PDF subset names require (ISO 32000-1, 9.6.4). */
function subsetTag(seed: string): string {
  let hash = fnv1a(seed);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}

/**
 * Numbers in content streams: two decimals (a hundredth of a point), no exponent. Built from
 * integers: converting doubles to their shortest text was a tenth of the render time.
 */
export function num(value: number): string {
  const hundredths = Math.round(value * 100);
  if (hundredths % 100 === 0) return String(hundredths / 100);
  const absolute = Math.abs(hundredths);
  const fraction = absolute % 100;
  return `${hundredths < 0 ? '-' : ''}${(absolute - fraction) / 100}.${fraction < 10 ? '0' : ''}${fraction}`;
}

/** The fonts of one PDF document, each embedded the first time it draws something. */
export class DocumentFonts {
  private readonly embedded = new Map<ShapingFont, EmbeddedFont>();

  constructor(
    private readonly context: PDFContext,
    private readonly deflate: Deflate,
  ) {}

  /** The font as embedded in this document, embedded the first time it is asked for. */
  embed(font: ShapingFont): EmbeddedFont {
    let embedded = this.embedded.get(font);
    if (!embedded) {
      embedded = new EmbeddedFont(font, this.context, this.embedded.size);
      this.embedded.set(font, embedded);
    }
    return embedded;
  }

  /** Font resources: name to font dictionary. */
  resources(): Map<string, PDFRef> {
    return new Map([...this.embedded.values()].map((font) => [font.name, font.ref]));
  }

  async write(): Promise<void> {
    await Promise.all([...this.embedded.values()].map((font) => font.write(this.context, this.deflate)));
  }
}
