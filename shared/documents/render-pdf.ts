// Renders a document model as PDF with pdf-lib, laying the text out itself: lines broken on
// measured widths (never hyphenated; no-break spaces hold; typed line breaks kept), justified
// paragraphs, no orphan or widow line, headings and signature blocks kept with what follows,
// tables split across pages with their header row repeated (a row taller than the page
// continues on the next), letterhead and footer kept within the margins, and "Page X sur Y"
// in every footer. Text is normalised first (text-normalization.ts); each run of text is set
// in the first shipped font that has its glyphs (font-families.ts).
import { PDFDocument, PDFName } from 'pdf-lib';
import type { Block, DocumentModel, Run } from './document-model';
import { addMetadata } from './pdf-metadata';
import { DocumentFonts, fflateDeflate, flateStream, num, type Deflate, type EmbeddedFont } from './pdf-font-embedding';
import { breakLines, widestWord, type Line } from './pdf-lines';
import { fitColumnWidths } from './table-columns';
import { fontSet, type FontFiles, type FontSet } from './pdf-shaping';
import { normalizeModel } from './text-normalization';

export interface PdfFonts {
  /** Bytes of every file of FONT_FILES (font-families.ts), by file name. */
  files: FontFiles;
  /** An sRGB ICC profile, declared as the PDF/A output intent. */
  iccProfile?: Uint8Array;
  /** The platform's zlib compression, when it has a native one (Node's deflateSync); fflate otherwise. */
  deflate?: Deflate;
}

type Color = readonly [number, number, number];

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 56.7, right: 56.7, top: 56.7, bottom: 56.7 };
const HEADER_HEIGHT = 70;
const FOOTER_HEIGHT = 24;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = 10.5;
const LEADING = 1.35;
const BLUE: Color = [0, 0, 145 / 255];
const BLACK: Color = [0.1, 0.1, 0.1];
const GREY: Color = [0.35, 0.35, 0.35];
const HEADING_SIZE = { 1: 16, 2: 12, 3: 11 } as const;

const rgb = (color: Color) => color.map(num).join(' ');

/** One page's content, written as raw PDF operators. */
class Canvas {
  readonly ops: string[] = [];
  readonly fonts = new Set<string>();

  constructor(private readonly documentFonts: DocumentFonts) {}

  rect(x: number, y: number, width: number, height: number, style: { fill?: Color; stroke?: Color; line?: number }) {
    const parts = [`${num(x)} ${num(y)} ${num(width)} ${num(height)} re`];
    if (style.fill) parts.unshift(`${rgb(style.fill)} rg`);
    if (style.stroke) parts.unshift(`${rgb(style.stroke)} RG ${num(style.line ?? 1)} w`);
    parts.push(style.fill && style.stroke ? 'B' : style.fill ? 'f' : 'S');
    this.ops.push(parts.join(' '));
  }

  /**
   * A line of text with its left end at x and its baseline at y; gaps stretched by extra points.
   * Consecutive pieces in one font are one TJ array, the gaps between them its adjustments (in
   * thousandths of the size, ISO 32000-1, 9.4.3): one text position per run of a font rather
   * than per word, a third of the operators of a justified page.
   */
  line(line: Line, x: number, y: number, size: number, color: Color, extra = 0, space = 0): void {
    const shows: string[] = [];
    let cursor = x;
    let font: EmbeddedFont | null = null;
    let selected = '';
    // The open TJ array: its text so far and the gap (points) waiting before its next piece.
    let array = '';
    let gap = 0;
    const close = () => {
      if (array) shows.push(`${array}] TJ`);
      array = '';
    };
    for (const item of line.items) {
      if (item.kind === 'gap') {
        cursor += space + extra;
        gap += space + extra;
        continue;
      }
      const embedded = this.documentFonts.embed(item.piece.font);
      const glyphs = embedded.glyphs(item.piece.shaped);
      if (array && embedded === font && glyphs !== null) {
        array += `${num((-gap * 1000) / size)}${glyphs}`;
      } else {
        close();
        // The font is selected once for the pieces of a line set in it.
        if (embedded.name !== selected) {
          shows.push(`/${embedded.name} ${num(size)} Tf`);
          selected = embedded.name;
          this.fonts.add(embedded.name);
        }
        if (glyphs === null) shows.push(embedded.show(item.piece.shaped, cursor, y, size));
        else array = `1 0 0 1 ${num(cursor)} ${num(y)} Tm [${glyphs}`;
      }
      font = glyphs === null ? null : embedded;
      gap = 0;
      cursor += item.piece.width;
    }
    close();
    if (shows.length) this.ops.push(`BT ${rgb(color)} rg ${shows.join(' ')} ET`);
  }
}

interface LetterheadLine {
  line: Line;
  size: number;
  color: Color;
  /** Baseline, points below the top margin. */
  y: number;
}

/** The letterhead's lines, wrapped within the text width and shrunk (to 70 %) if they are too tall. */
function letterhead(model: DocumentModel, fonts: FontSet): { lines: LetterheadLine[]; height: number; band: boolean } {
  const mark = model.letterhead;
  const layout = (scale: number) => {
    const lines: LetterheadLine[] = [];
    let y = 0;
    const add = (text: string, run: Omit<Run, 'text'>, size: number, color: Color, leading: number, max: number) => {
      for (const line of breakLines([{ text, ...run }], fonts, size * scale, max)) {
        y += leading * scale;
        lines.push({ line, size: size * scale, color, y });
      }
    };
    if (mark.kind === 'etat') {
      y = 6.5;
      mark.authority
        .toUpperCase()
        .split('\n')
        .forEach((text) => add(text, { bold: true }, 9.5, BLACK, 11.5, 150));
      y += 2.5;
      for (const word of ['Liberté', 'Égalité', 'Fraternité']) add(word, { italic: true }, 7.5, BLACK, 9, 150);
    } else {
      y = -3.5;
      mark.lines.forEach((text, index) =>
        index === 0
          ? add(text, { bold: true }, 11, BLUE, 13.5, TEXT_WIDTH)
          : add(text, {}, 8.5, BLACK, 10.5, TEXT_WIDTH),
      );
    }
    return { lines, height: y + 3 };
  };
  let result = layout(1);
  for (const scale of [0.9, 0.8, 0.7]) if (result.height > HEADER_HEIGHT - 6) result = layout(scale);
  return { ...result, band: mark.kind === 'etat' };
}

class Layout {
  readonly canvases: Canvas[] = [];
  canvas!: Canvas;
  /** The vertical position where the next line goes, from the bottom of the page. */
  y = 0;
  readonly top: number;
  private readonly mark: ReturnType<typeof letterhead>;

  constructor(
    readonly fonts: FontSet,
    private readonly documentFonts: DocumentFonts,
    model: DocumentModel,
  ) {
    this.mark = letterhead(model, fonts);
    this.top = PAGE.height - MARGIN.top - Math.max(HEADER_HEIGHT, this.mark.height + 6);
    this.newPage();
  }

  get bottom(): number {
    return MARGIN.bottom + FOOTER_HEIGHT;
  }

  get space(): number {
    return this.fonts.primary('regular').width(' ', 1);
  }

  room(): number {
    return this.y - this.bottom;
  }

  newPage(): void {
    this.canvas = new Canvas(this.documentFonts);
    this.canvases.push(this.canvas);
    this.drawLetterhead();
    this.y = this.top;
  }

  ensure(height: number): void {
    if (height > this.room() && this.y < this.top) this.newPage();
  }

  gap(height: number): void {
    this.y -= height;
  }

  private drawLetterhead(): void {
    const top = PAGE.height - MARGIN.top;
    if (this.mark.band) {
      // Tricolour band above the authority's name, as on the State's bloc-marque.
      const band = 8;
      this.canvas.rect(MARGIN.left, top - 4, band, 4, { fill: BLUE });
      this.canvas.rect(MARGIN.left + band, top - 4, band, 4, {
        fill: [1, 1, 1],
        stroke: [0.85, 0.85, 0.85],
        line: 0.3,
      });
      this.canvas.rect(MARGIN.left + 2 * band, top - 4, band, 4, { fill: [225 / 255, 0, 15 / 255] });
    }
    for (const { line, size, color, y } of this.mark.lines)
      this.canvas.line(line, MARGIN.left, top - y, size, color, 0, this.space * size);
  }

  /** Draws a line whose top is at this.y. */
  drawLine(line: Line, x: number, size: number, width: number, justify: boolean, color: Color = BLACK): void {
    const extra = justify && line.gaps > 0 ? (width - line.width) / line.gaps : 0;
    this.canvas.line(line, x, this.y - size, size, color, extra, this.space * size);
  }

  /** Lines of text, moving to a new page without leaving an orphan or a widow line. */
  lines(
    lines: Line[],
    options: {
      size: number;
      x?: number;
      width?: number;
      align?: string;
      color?: Color;
      keepTogether?: boolean;
      reserve?: number;
    },
  ): void {
    const height = options.size * LEADING;
    const x = options.x ?? MARGIN.left;
    const width = options.width ?? TEXT_WIDTH;
    const total = lines.length * height + (options.reserve ?? 0);
    if (options.keepTogether || lines.length <= 3) this.ensure(total);
    else this.ensure(2 * height);
    lines.forEach((line, index) => {
      const left = lines.length - index;
      // Widow: never leave a single last line alone at the top of the next page.
      if (left === 2 && this.room() < 2 * height && this.room() >= height && index >= 2) this.newPage();
      if (this.room() < height) this.newPage();
      const lineX =
        options.align === 'right'
          ? x + width - line.width
          : options.align === 'center'
            ? x + (width - line.width) / 2
            : x;
      this.drawLine(line, lineX, options.size, width, options.align === 'justify' && !line.hard, options.color);
      this.y -= height;
    });
  }
}

function paragraphHeight(lines: number, size: number): number {
  return lines * size * LEADING;
}

/** The height the first lines of a block need, so a heading is never left alone at a page end. */
function leadHeight(block: Block | undefined, fonts: FontSet): number {
  if (!block) return 0;
  switch (block.type) {
    case 'paragraph': {
      // Paragraphs of three lines or fewer are kept whole; longer ones need their first two lines.
      const lines = breakLines(block.runs, fonts, BODY, TEXT_WIDTH).length;
      return paragraphHeight(lines <= 3 ? lines : 2, BODY);
    }
    case 'list':
      return paragraphHeight(1, BODY);
    case 'table':
      return 2 * (BODY * LEADING + 8);
    case 'signatures':
      return 120;
    case 'bars':
      return 3 * BAR_ROW;
    default:
      return 0;
  }
}

/**
 * A table: header row shaded, rows kept whole when they fit on a page; a row taller than the
 * room left on a fresh page is split between its lines and continues on the next page, under
 * the header row repeated.
 */
function drawTable(layout: Layout, block: Extract<Block, { type: 'table' }>): void {
  const size = 9;
  const padding = 4;
  const lineHeight = size * LEADING;
  // Each column at least as wide as its widest word (an amount is never cut across two lines).
  const bodyRows = [...block.rows.map((r) => ({ values: r, bold: false })), { values: block.header, bold: true }];
  if (block.footer) bodyRows.push({ values: block.footer, bold: true });
  const minimums = block.widths.map(
    (_, i) =>
      Math.max(
        ...bodyRows.map(({ values, bold }) => widestWord([{ text: values[i] ?? '', bold }], layout.fonts, size)),
      ) +
      2 * padding +
      0.5,
  );
  const widths = fitColumnWidths(block.widths, minimums, TEXT_WIDTH);
  const rowLines = (values: string[], bold: boolean) =>
    values.map((value, i) => breakLines([{ text: value, bold }], layout.fonts, size, widths[i]! - 2 * padding));
  const rowHeight = (cells: Line[][]) => Math.max(1, ...cells.map((c) => c.length)) * lineHeight + 2 * padding;
  const header = rowLines(block.header, true);
  const drawRow = (cells: Line[][], style: { header?: boolean }) => {
    const height = rowHeight(cells);
    let x = MARGIN.left;
    const top = layout.y;
    cells.forEach((lines, i) => {
      layout.canvas.rect(x, top - height, widths[i]!, height, {
        stroke: [0.6, 0.6, 0.6],
        line: 0.5,
        ...(style.header ? { fill: [227 / 255, 227 / 255, 253 / 255] as Color } : {}),
      });
      let y = top - padding;
      for (const line of lines) {
        const numeric = !style.header && block.numeric?.[i];
        const lineX = numeric ? x + widths[i]! - padding - line.width : x + padding;
        layout.y = y;
        layout.drawLine(line, lineX, size, widths[i]! - 2 * padding, false);
        y -= lineHeight;
      }
      x += widths[i]!;
    });
    layout.y = top - height;
  };
  const rows = [...block.rows.map((r) => rowLines(r, false)), ...(block.footer ? [rowLines(block.footer, true)] : [])];
  // The room a row has on a page of its own, under the header row.
  const pageRoom = layout.top - layout.bottom - rowHeight(header);
  // The header goes where its first row goes: a first row that fits on a page but not here takes
  // the header to the next page (never a header alone at the foot of a page); a taller one starts
  // here when the header and its first lines fit.
  const first = rows[0];
  if (first && rowHeight(first) <= pageRoom && rowHeight(header) + rowHeight(first) > layout.room()) layout.newPage();
  else layout.ensure(rowHeight(header) + (first ? Math.min(rowHeight(first), 3 * lineHeight + 2 * padding) : 0));
  drawRow(header, { header: true });
  for (let cells of rows) {
    while (rowHeight(cells) > layout.room()) {
      const fit = Math.floor((layout.room() - 2 * padding) / lineHeight);
      // A row that fits on a page of its own moves there; a taller one starts here if two lines fit.
      if (rowHeight(cells) <= pageRoom || fit < 2) {
        layout.newPage();
        drawRow(header, { header: true });
        continue;
      }
      drawRow(
        cells.map((lines) => lines.slice(0, fit)),
        {},
      );
      cells = cells.map((lines) => lines.slice(fit));
      layout.newPage();
      drawRow(header, { header: true });
    }
    drawRow(cells, {});
  }
  layout.gap(8);
}

const BAR_ROW = 10.5;
const BAR_SIZE = 8.5;

/**
 * A bar chart: its title, then one row per bar — the label on the left third (one line, the
 * rest of a long label cut off by the bar's area), the bar, its value on the right. Kept whole
 * on a page.
 */
function drawBars(layout: Layout, block: Extract<Block, { type: 'bars' }>): void {
  const labelWidth = TEXT_WIDTH * 0.38;
  const valueWidth = TEXT_WIDTH * 0.2;
  const barWidth = TEXT_WIDTH - labelWidth - valueWidth - 12;
  const max = Math.max(0, ...block.bars.map((bar) => bar.value));
  layout.ensure(BAR_ROW * (block.bars.length + 1) + 6);
  const [title] = breakLines([{ text: block.title, bold: true }], layout.fonts, 9.5, TEXT_WIDTH);
  if (title) layout.drawLine(title, MARGIN.left, 9.5, TEXT_WIDTH, false);
  layout.y -= 9.5 * LEADING;
  for (const bar of block.bars) {
    const top = layout.y;
    const [label] = breakLines([{ text: bar.label }], layout.fonts, BAR_SIZE, labelWidth - 4);
    const [value] = breakLines([{ text: bar.text }], layout.fonts, BAR_SIZE, valueWidth);
    const length = max > 0 ? (bar.value / max) * barWidth : 0;
    if (length > 0)
      layout.canvas.rect(MARGIN.left + labelWidth, top - BAR_ROW + 2, Math.max(length, 0.75), BAR_ROW - 4, {
        fill: BLUE,
      });
    if (label) layout.drawLine(label, MARGIN.left, BAR_SIZE, labelWidth - 4, false);
    if (value) layout.drawLine(value, MARGIN.left + TEXT_WIDTH - value.width, BAR_SIZE, valueWidth, false);
    layout.y = top - BAR_ROW;
  }
  layout.gap(6);
}

function drawBlocks(layout: Layout, blocks: Block[]): void {
  const fonts = layout.fonts;
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    switch (block.type) {
      case 'heading': {
        const size = HEADING_SIZE[block.level];
        const lines = breakLines([{ text: block.text, bold: true }], fonts, size, TEXT_WIDTH);
        layout.gap(block.level === 1 ? 6 : 10);
        layout.lines(lines, {
          size,
          align: block.level === 1 ? 'center' : 'left',
          color: block.level === 3 ? BLACK : BLUE,
          keepTogether: true,
          reserve: leadHeight(next, fonts) + 4,
        });
        layout.gap(4);
        break;
      }
      case 'paragraph': {
        const lines = breakLines(block.runs, fonts, BODY, TEXT_WIDTH);
        layout.lines(lines, {
          size: BODY,
          align: block.align ?? 'justify',
          reserve: block.keepWithNext ? leadHeight(next, fonts) : 0,
          keepTogether: block.keepWithNext,
        });
        layout.gap(5);
        break;
      }
      case 'list': {
        const indent = 16;
        const [bullet] = breakLines([{ text: '–' }], fonts, BODY, TEXT_WIDTH);
        for (const item of block.items) {
          const lines = breakLines(item, fonts, BODY, TEXT_WIDTH - indent);
          layout.ensure(paragraphHeight(Math.min(2, lines.length), BODY));
          layout.drawLine(bullet!, MARGIN.left + 4, BODY, indent, false);
          layout.lines(lines, { size: BODY, x: MARGIN.left + indent, width: TEXT_WIDTH - indent, align: 'justify' });
          layout.gap(2);
        }
        layout.gap(4);
        break;
      }
      case 'table':
        drawTable(layout, block);
        break;
      case 'signatures': {
        const width = TEXT_WIDTH / block.columns.length;
        const height = Math.max(...block.columns.map((c) => c.lines.length)) * BODY * LEADING + 70;
        layout.ensure(height);
        const top = layout.y;
        // Titles first, then every name on one level under the longest title.
        let lowest = top;
        block.columns.forEach((column, i) => {
          layout.y = top;
          for (const line of column.lines)
            layout.lines(breakLines([{ text: line }], fonts, BODY, width - 10), {
              size: BODY,
              x: MARGIN.left + i * width,
              width: width - 10,
              align: 'left',
              keepTogether: true,
            });
          lowest = Math.min(lowest, layout.y);
        });
        block.columns.forEach((column, i) => {
          layout.y = lowest - 50;
          layout.lines(breakLines([{ text: column.name, bold: true }], fonts, BODY, width - 10), {
            size: BODY,
            x: MARGIN.left + i * width,
            width: width - 10,
            align: 'left',
          });
        });
        layout.y = top - height;
        break;
      }
      case 'bars':
        drawBars(layout, block);
        break;
      case 'pageBreak':
        layout.newPage();
        break;
    }
  });
}

/**
 * "… — Page X sur Y" centred under the text: shrunk down to 6.5 pt to hold on one line, then
 * wrapped; "Page X sur Y" is never cut (no-break spaces).
 */
function drawFooter(layout: Layout, canvas: Canvas, footer: string, page: number, count: number): void {
  const text = `${footer ? `${footer} — ` : ''}Page\u00a0${page}\u00a0sur\u00a0${count}`;
  let size = 8;
  let lines = breakLines([{ text }], layout.fonts, size, TEXT_WIDTH);
  for (const smaller of [7.5, 7, 6.5]) {
    if (lines.length === 1) break;
    size = smaller;
    lines = breakLines([{ text }], layout.fonts, size, TEXT_WIDTH);
  }
  let y = MARGIN.bottom - 4;
  const space = layout.space * size;
  for (const line of lines) {
    canvas.line(line, MARGIN.left + (TEXT_WIDTH - line.width) / 2, y, size, GREY, 0, space);
    y -= size * 1.2;
  }
}

/**
 * The PDF of a document model. Throws UnprintableCharacterError (pdf-lines.ts) for a character
 * none of the fonts has: generation checks the dossier first (unprintable-text.ts), so this
 * only guards text coming from elsewhere.
 */
export async function renderPdf(source: DocumentModel, fontBytes: PdfFonts): Promise<Uint8Array> {
  const model = normalizeModel(source);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const deflate = fontBytes.deflate ?? fflateDeflate;
  const documentFonts = new DocumentFonts(pdf.context, deflate);
  const layout = new Layout(fontSet(fontBytes.files), documentFonts, model);
  drawBlocks(layout, model.blocks);
  const count = layout.canvases.length;
  layout.canvases.forEach((canvas, index) => drawFooter(layout, canvas, model.footer, index + 1, count));

  for (const canvas of layout.canvases) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    const stream = flateStream(pdf.context, new TextEncoder().encode(canvas.ops.join('\n')), {}, deflate);
    page.node.addContentStream(pdf.context.register(stream));
  }
  const resources = documentFonts.resources();
  pdf.getPages().forEach((page, index) => {
    for (const name of layout.canvases[index]!.fonts)
      page.node.setFontDictionary(PDFName.of(name), resources.get(name)!);
  });
  await documentFonts.write();
  addMetadata(pdf, model, fontBytes.iccProfile, deflate);
  return pdf.save({ useObjectStreams: false });
}
