// Fonts as the PDF renderer measures and draws them. Each word is shaped once per font
// (fontkit's OpenType layout where the script needs it, see shape()) and the result kept:
// shaping does not depend on the size, so one cache serves every size. The same shaped glyphs
// are measured for the layout and written to the PDF, so what is drawn is what was measured.
// Fonts are parsed once per font file (the bytes' identity) and live as long as those bytes.
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { FONT_FAMILIES, FONT_STYLES, type FontStyle } from './font-families';

/** A shaped piece of text, in font units, glyphs in visual (left-to-right drawing) order. */
export interface Shaped {
  ids: number[];
  /** The advance the layout gives each glyph (kerning included). */
  advances: number[];
  /** The glyph's own advance width, which the PDF viewer applies. */
  widths: number[];
  xOffsets: number[];
  yOffsets: number[];
  /** The characters each glyph stands for (for copy and search in the PDF). */
  codePoints: number[][];
  /** The sum of the advances. */
  width: number;
}

/** A part of a word set in one font; font and shaped are null for characters no font has. */
export interface Part {
  text: string;
  font: ShapingFont | null;
  shaped: Shaped | null;
  /** Bidi embedding level: odd is right to left. */
  level: number;
}

const MARK = /^\p{M}$/u;
/** Text that needs OpenType layout: Arabic letters (joining forms) or combining marks (placement). */
const COMPLEX = /[\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufeff]|\p{M}/u;
const isMark = (codePoint: number) => codePoint >= 0x300 && MARK.test(String.fromCodePoint(codePoint));

export class ShapingFont {
  readonly unitsPerEm: number;
  private readonly shapes = new Map<string, Shaped>();
  private readonly coverage = new Map<number, boolean>();
  private readonly glyphs = new Map<number, { id: number; width: number }>();

  private layoutFont: Font | null = null;

  /** font: the parsed file; open: parses it again (see layout()). */
  constructor(
    readonly font: Font,
    private readonly open: () => Font,
  ) {
    this.unitsPerEm = font.unitsPerEm;
  }

  covers(codePoint: number): boolean {
    let covered = this.coverage.get(codePoint);
    if (covered === undefined) {
      covered = this.font.hasGlyphForCodePoint(codePoint);
      this.coverage.set(codePoint, covered);
    }
    return covered;
  }

  /**
   * The glyphs of a text. Text in a script that needs contextual forms (Arabic) or holding a
   * combining mark goes through fontkit's OpenType layout; other text maps each character to
   * its glyph and advance width, which is what the PDF viewer applies (no kerning), so the
   * measure is exact and the costly layout tables are never read for Latin, Greek or Cyrillic.
   * rightToLeft: the text's bidi level is odd. A left-to-right part in Arabic script (Arabic-Indic
   * digits, level 2) is laid out left to right: fontkit would otherwise take the script's
   * direction and reverse « ١٢٣ ».
   */
  shape(text: string, rightToLeft = false): Shaped {
    const key = rightToLeft ? `\u0001${text}` : text;
    let shaped = this.shapes.get(key);
    if (!shaped) {
      shaped = COMPLEX.test(text) ? this.layout(text, rightToLeft) : this.map(text);
      this.shapes.set(key, shaped);
    }
    return shaped;
  }

  private glyph(codePoint: number): { id: number; width: number } {
    let glyph = this.glyphs.get(codePoint);
    if (!glyph) {
      const found = this.font.glyphForCodePoint(codePoint);
      glyph = { id: found.id, width: found.advanceWidth };
      this.glyphs.set(codePoint, glyph);
    }
    return glyph;
  }

  private map(text: string): Shaped {
    const shaped: Shaped = { ids: [], advances: [], widths: [], xOffsets: [], yOffsets: [], codePoints: [], width: 0 };
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      const { id, width } = this.glyph(codePoint);
      shaped.ids.push(id);
      shaped.advances.push(width);
      shaped.widths.push(width);
      shaped.xOffsets.push(0);
      shaped.yOffsets.push(0);
      shaped.codePoints.push([codePoint]);
      shaped.width += width;
    }
    return shaped;
  }

  private layout(text: string, rightToLeft: boolean): Shaped {
    // fontkit keeps one glyph object per glyph id with the characters it was first asked for;
    // subsetting asks for glyphs with none, so layout runs on a copy of the font of its own,
    // where each glyph's characters come from the text shaped.
    this.layoutFont ??= this.open();
    const run = (
      this.layoutFont.layout as (text: string, ...rest: (string[] | string | undefined)[]) => ReturnType<Font['layout']>
    )(text, undefined, undefined, undefined, rightToLeft ? 'rtl' : 'ltr');
    // A ligature of a right-to-left script (lam-alef) maps to its characters in display order:
    // text extraction (poppler) reverses right-to-left glyphs character by character.
    const shaped: Shaped = { ids: [], advances: [], widths: [], xOffsets: [], yOffsets: [], codePoints: [], width: 0 };
    run.glyphs.forEach((glyph, index) => {
      const position = run.positions[index]!;
      shaped.ids.push(glyph.id);
      shaped.advances.push(position.xAdvance);
      shaped.widths.push(glyph.advanceWidth);
      shaped.xOffsets.push(position.xOffset);
      shaped.yOffsets.push(position.yOffset);
      shaped.codePoints.push(rightToLeft ? [...glyph.codePoints].reverse() : glyph.codePoints);
      shaped.width += position.xAdvance;
    });
    return shaped;
  }

  /** Width of a text at a size, in points. */
  width(text: string, size: number): number {
    return (this.shape(text).width * size) / this.unitsPerEm;
  }
}

const parsed = new WeakMap<Uint8Array, ShapingFont>();

function shapingFont(bytes: Uint8Array): ShapingFont {
  let font = parsed.get(bytes);
  if (!font) {
    // fontkit copies a Uint8Array byte by byte into its Buffer polyfill, but wraps an
    // ArrayBuffer without copying: a fifth of a cold render for the first document.
    const whole =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    const open = () => fontkit.create(whole as unknown as Uint8Array);
    font = new ShapingFont(open(), open);
    parsed.set(bytes, font);
  }
  return font;
}

/** Font file bytes by file name (the names of FONT_FILES). */
export type FontFiles = Readonly<Record<string, Uint8Array>>;

/** The fonts of each style, in order of preference, parsed only when first needed. */
export class FontSet {
  private readonly loaded = new Map<string, ShapingFont>();
  private readonly choice = new Map<FontStyle, Map<number, ShapingFont | null>>(
    FONT_STYLES.map((style) => [style, new Map()]),
  );

  constructor(private readonly files: FontFiles) {
    for (const family of FONT_FAMILIES)
      for (const style of FONT_STYLES)
        if (!files[family.files[style]]) throw new Error(`Police manquante : ${family.files[style]}`);
  }

  private font(file: string): ShapingFont {
    let font = this.loaded.get(file);
    if (!font) {
      font = shapingFont(this.files[file]!);
      this.loaded.set(file, font);
    }
    return font;
  }

  private readonly split = new Map<FontStyle, Map<string, Part[]>>(FONT_STYLES.map((style) => [style, new Map()]));

  /**
   * A word cut into parts, one per change of font (the first font with the glyphs, a combining
   * mark staying with its letter's font when that font has it) or of bidi level (levels: one
   * per UTF-16 unit of the text the word starts at offset in; null when all left to right).
   * Words with no level are cut once and kept. Null parts hold a character no font has.
   */
  parts(word: string, style: FontStyle, levels: Uint8Array | null = null, offset = 0): Part[] {
    const cache = levels ? null : this.split.get(style)!;
    const known = cache?.get(word);
    if (known) return known;
    const parts: Part[] = [];
    let current: { text: string; font: ShapingFont | null; level: number } | null = null;
    let index = 0;
    const flush = () => {
      if (current)
        parts.push({ ...current, shaped: current.font?.shape(current.text, current.level % 2 === 1) ?? null });
    };
    for (const char of word) {
      const codePoint = char.codePointAt(0)!;
      const level = levels ? levels[offset + index]! : 0;
      index += char.length;
      if (current?.font && current.level === level && isMark(codePoint) && current.font.covers(codePoint)) {
        current.text += char;
        continue;
      }
      const font = this.fontFor(codePoint, style);
      if (current && current.font === font && current.level === level) current.text += char;
      else {
        flush();
        current = { text: char, font, level };
      }
    }
    flush();
    cache?.set(word, parts);
    return parts;
  }

  /** The main font of a style (spaces, bullets, page numbers). */
  primary(style: FontStyle): ShapingFont {
    return this.font(FONT_FAMILIES[0]!.files[style]);
  }

  /** The first font of the style that has a glyph for the character, or null if none has. */
  fontFor(codePoint: number, style: FontStyle): ShapingFont | null {
    const choices = this.choice.get(style)!;
    let found = choices.get(codePoint);
    if (found === undefined) {
      found = null;
      for (const family of FONT_FAMILIES) {
        const font = this.font(family.files[style]);
        if (font.covers(codePoint)) {
          found = font;
          break;
        }
      }
      choices.set(codePoint, found);
    }
    return found;
  }
}

const sets = new WeakMap<FontFiles, FontSet>();

/** One FontSet per set of loaded files, so that shaped words are reused from one document to the next. */
export function fontSet(files: FontFiles): FontSet {
  let set = sets.get(files);
  if (!set) {
    set = new FontSet(files);
    sets.set(files, set);
  }
  return set;
}
