// Breaks runs of text into lines for the PDF: words split into pieces by font (the first font
// with glyphs for them, see font-families.ts), measured once (pdf-shaping.ts), lines filled on
// those widths (breaking only at spaces; no-break spaces hold), a typed line break kept as a
// line break, and right-to-left pieces put in display order by the Unicode bidirectional
// algorithm (bidi-js), with the document's direction left to right.
import bidiFactory from 'bidi-js';
import type { Run } from './document-model';
import type { FontStyle } from './font-families';
import type { FontSet, Shaped, ShapingFont } from './pdf-shaping';

export interface Piece {
  text: string;
  font: ShapingFont;
  shaped: Shaped;
  /** Width in points at the size the line was made for. */
  width: number;
  /** Bidi embedding level: odd is right to left. */
  level: number;
}

/** A piece of text, or the space between two words (stretched when justified). */
export type Item = { kind: 'piece'; piece: Piece } | { kind: 'gap'; level: number };

export interface Line {
  /** Items in display order, left to right. */
  items: Item[];
  /** Natural width in points, spaces at their plain width. */
  width: number;
  gaps: number;
  /** Ends a paragraph or a typed line: never justified. */
  hard: boolean;
}

/** A character that no shipped font can draw; the check before generation should have caught it. */
export class UnprintableCharacterError extends Error {
  constructor(readonly character: string) {
    super(
      `Le caractère « ${character} » (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) ne peut pas être imprimé par les polices des documents : retirez-le du texte, puis produisez le document à nouveau.`,
    );
  }
}

let bidi: ReturnType<typeof bidiFactory> | null = null;
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a/;

export function styleOf(run: Pick<Run, 'bold' | 'italic'>): FontStyle {
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return 'bold';
  if (run.italic) return 'italic';
  return 'regular';
}

interface Word {
  pieces: Piece[];
  width: number;
  /** Level of the space before the word. */
  gapLevel: number;
}

/** Pieces of words all left to right, by size and style, then text: most words recur (cells, labels). */
const measured = new WeakMap<FontSet, Map<number, Map<FontStyle, Map<string, Piece[]>>>>();

/** The pieces of a word at a size; throws for a character no font has. */
function piecesOf(fonts: FontSet, size: number) {
  let bySize = measured.get(fonts);
  if (!bySize) {
    bySize = new Map();
    measured.set(fonts, bySize);
  }
  let byStyle = bySize.get(size);
  if (!byStyle) {
    byStyle = new Map();
    bySize.set(size, byStyle);
  }
  const styles = byStyle;
  return (text: string, style: FontStyle, levels: Uint8Array | null, offset: number): Piece[] => {
    if (levels) return measure(text, style, levels, offset);
    let known = styles.get(style);
    if (!known) {
      known = new Map();
      styles.set(style, known);
    }
    let pieces = known.get(text);
    if (!pieces) {
      pieces = measure(text, style, null, 0);
      known.set(text, pieces);
    }
    return pieces;
  };

  function measure(text: string, style: FontStyle, levels: Uint8Array | null, offset: number): Piece[] {
    return fonts.parts(text, style, levels, offset).map((part) => {
      if (!part.font || !part.shaped)
        throw new UnprintableCharacterError(String.fromCodePoint(part.text.codePointAt(0)!));
      return {
        text: part.text,
        font: part.font,
        shaped: part.shaped,
        level: part.level,
        width: (part.shaped.width * size) / part.font.unitsPerEm,
      };
    });
  }
}

function measurePart(part: { text: string; font: ShapingFont; level: number }, size: number): Piece {
  const shaped = part.font.shape(part.text);
  return { ...part, shaped, width: (shaped.width * size) / part.font.unitsPerEm };
}

/** Cuts a word wider than the line into pieces that fit (long codes, addresses). */
function splitLong(word: Word, max: number, size: number): Word[] {
  if (word.width <= max) return [word];
  const words: Word[] = [];
  let pieces: Piece[] = [];
  let used = 0;
  const push = () => {
    words.push({ pieces, width: used, gapLevel: words.length ? word.gapLevel : word.gapLevel });
    pieces = [];
    used = 0;
  };
  for (const piece of word.pieces) {
    let buffer = '';
    for (const char of piece.text) {
      const next = piece.font.width(buffer + char, size);
      if (used + next > max && (buffer || pieces.length)) {
        if (buffer) {
          const part = measurePart({ text: buffer, font: piece.font, level: piece.level }, size);
          pieces.push(part);
          used += part.width;
        }
        push();
        buffer = char;
      } else buffer += char;
    }
    if (buffer) {
      const part = measurePart({ text: buffer, font: piece.font, level: piece.level }, size);
      pieces.push(part);
      used += part.width;
    }
  }
  if (pieces.length) push();
  return words;
}

/** Puts the items of a line in display order (rule L2 of the bidirectional algorithm). */
function reorder(items: Item[]): Item[] {
  const levelOf = (item: Item) => (item.kind === 'gap' ? item.level : item.piece.level);
  const highest = Math.max(...items.map(levelOf));
  if (highest === 0) return items;
  const result = [...items];
  for (let level = highest; level >= 1; level--) {
    let start = -1;
    for (let i = 0; i <= result.length; i++) {
      const inside = i < result.length && levelOf(result[i]!) >= level;
      if (inside && start < 0) start = i;
      if (!inside && start >= 0) {
        result.splice(start, i - start, ...result.slice(start, i).reverse());
        start = -1;
      }
    }
  }
  return result;
}

/**
 * The words of each typed line (segment) of the runs, shaped at `size`, with the segment's bidi
 * levels (null when it is all left to right). A word is what lies between ASCII spaces: no-break
 * spaces hold it together (« 1 000 000,00 € »).
 */
function paragraphWords(runs: Run[], fonts: FontSet, size: number): { words: Word[]; levels: Uint8Array | null }[] {
  const shape = piecesOf(fonts, size);
  // Segments between typed line breaks, each a list of (text, style) parts.
  const segments: { text: string; style: FontStyle }[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) segments.push([]);
      if (part) segments[segments.length - 1]!.push({ text: part, style: styleOf(run) });
    });
  }
  return segments.map((segment) => {
    const full = segment.map((part) => part.text).join('');
    const levels = RIGHT_TO_LEFT.test(full) ? (bidi ??= bidiFactory()).getEmbeddingLevels(full, 'ltr').levels : null;
    // Words: pieces between spaces; a word may span runs ("Objet :" then a plain run).
    const words: Word[] = [];
    let current: Word | null = null;
    let offset = 0;
    for (const part of segment) {
      for (const token of part.text.split(/( +)/)) {
        if (token === '') continue;
        if (token.startsWith(' ')) {
          if (current) words.push(current);
          current = null;
        } else {
          current ??= { pieces: [], width: 0, gapLevel: levels && offset > 0 ? levels[offset - 1]! : 0 };
          for (const piece of shape(token, part.style, levels, offset)) {
            current.pieces.push(piece);
            current.width += piece.width;
          }
        }
        offset += token.length;
      }
    }
    if (current) words.push(current);
    return { words, levels };
  });
}

/**
 * The width in points, at `size`, of the widest word of the runs: the narrowest a column can be
 * without cutting a word (an amount, a date, a SIRET) across two lines.
 */
export function widestWord(runs: Run[], fonts: FontSet, size: number): number {
  return Math.max(0, ...paragraphWords(runs, fonts, size).flatMap(({ words }) => words.map((word) => word.width)));
}

/**
 * Lines of the runs at a size (points), none wider than max (points) unless a single
 * character is. "\n" in a run is a line break (text normalised by text-normalization.ts).
 * Throws UnprintableCharacterError for a character no font has.
 */
export function breakLines(runs: Run[], fonts: FontSet, size: number, max: number): Line[] {
  const space = fonts.primary('regular').width(' ', size);
  const lines: Line[] = [];
  for (const { words, levels } of paragraphWords(runs, fonts, size)) {
    let items: Item[] = [];
    let width = 0;
    let gaps = 0;
    const close = (hard: boolean) => {
      lines.push({ items: levels ? reorder(items) : items, width, gaps, hard });
      items = [];
      width = 0;
      gaps = 0;
    };
    const fitted: Word[] = [];
    for (const word of words)
      if (word.width <= max) fitted.push(word);
      else fitted.push(...splitLong(word, max, size));
    for (const word of fitted) {
      if (items.length && width + space + word.width > max) close(false);
      if (items.length) {
        items.push({ kind: 'gap', level: word.gapLevel });
        width += space;
        gaps++;
      }
      for (const piece of word.pieces) items.push({ kind: 'piece', piece });
      width += word.width;
    }
    close(true);
  }
  // A paragraph of no text still takes one (empty) line.
  return lines;
}
