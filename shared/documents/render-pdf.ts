// Renders a document model as PDF with pdf-lib, laying the text out itself: lines broken on
// measured widths (never hyphenated; no-break spaces hold), justified paragraphs, no orphan
// or widow line, headings and signature blocks kept with what follows, tables split across
// pages with their header row repeated, and "Page X sur Y" in every footer.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block, DocumentModel, Run } from './document-model';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
  /** An sRGB ICC profile, declared as the PDF/A output intent. */
  iccProfile?: Uint8Array;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
  boldItalic: PDFFont;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 56.7, right: 56.7, top: 56.7, bottom: 56.7 };
const HEADER_HEIGHT = 70;
const FOOTER_HEIGHT = 24;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = 10.5;
const LEADING = 1.35;
const BLUE = rgb(0, 0, 145 / 255);
const BLACK = rgb(0.1, 0.1, 0.1);
const HEADING_SIZE = { 1: 16, 2: 12, 3: 11 } as const;

interface Word {
  text: string;
  font: PDFFont;
  width: number;
}

interface Line {
  words: Word[];
  width: number;
}

function fontOf(fonts: Fonts, run: Pick<Run, 'bold' | 'italic'>): PDFFont {
  if (run.bold && run.italic) return fonts.boldItalic;
  if (run.bold) return fonts.bold;
  if (run.italic) return fonts.italic;
  return fonts.regular;
}

/** Words of the runs; a word may span runs ("Objet :" then a plain run) and is measured piece by piece. */
function wordsOf(runs: Run[], fonts: Fonts, size: number): Word[][] {
  const words: Word[][] = [];
  let current: Word[] = [];
  for (const run of runs) {
    const font = fontOf(fonts, run);
    const parts = run.text.split(/( +|\n)/);
    for (const part of parts) {
      if (part === '') continue;
      if (/^ +$/.test(part) || part === '\n') {
        if (current.length) words.push(current);
        current = [];
        continue;
      }
      current.push({ text: part, font, width: font.widthOfTextAtSize(part, size) });
    }
  }
  if (current.length) words.push(current);
  return words;
}

/** Cuts a word wider than the line into pieces that fit (long codes, addresses). */
function splitLong(word: Word[], max: number, size: number): Word[][] {
  const width = word.reduce((sum, piece) => sum + piece.width, 0);
  if (width <= max) return [word];
  const pieces: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const piece of word) {
    let buffer = '';
    for (const char of piece.text) {
      const next = piece.font.widthOfTextAtSize(buffer + char, size);
      if (used + next > max && (buffer || line.length)) {
        if (buffer) line.push({ text: buffer, font: piece.font, width: piece.font.widthOfTextAtSize(buffer, size) });
        pieces.push(line);
        line = [];
        used = 0;
        buffer = char;
      } else buffer += char;
    }
    if (buffer) {
      const w = piece.font.widthOfTextAtSize(buffer, size);
      line.push({ text: buffer, font: piece.font, width: w });
      used += w;
    }
  }
  if (line.length) pieces.push(line);
  return pieces;
}

export function breakLines(runs: Run[], fonts: Fonts, size: number, max: number): Line[] {
  const space = fonts.regular.widthOfTextAtSize(' ', size);
  const lines: Line[] = [];
  let words: Word[] = [];
  let width = 0;
  for (const word of wordsOf(runs, fonts, size).flatMap((w) => splitLong(w, max, size))) {
    const wordWidth = word.reduce((sum, piece) => sum + piece.width, 0);
    const needed = words.length ? width + space + wordWidth : wordWidth;
    if (words.length && needed > max) {
      lines.push({ words, width });
      words = [];
      width = 0;
    }
    // A word made of several runs is kept as consecutive pieces with no space between.
    word.forEach((piece, index) => words.push(index === 0 ? piece : { ...piece, text: `\u0000${piece.text}` }));
    width = words.length === word.length ? wordWidth : width + space + wordWidth;
  }
  if (words.length) lines.push({ words, width });
  return lines;
}

class Layout {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  /** The vertical position where the next line goes, from the bottom of the page. */
  y = 0;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Fonts,
    private readonly model: DocumentModel,
  ) {
    this.newPage();
  }

  get top(): number {
    return PAGE.height - MARGIN.top - HEADER_HEIGHT;
  }

  get bottom(): number {
    return MARGIN.bottom + FOOTER_HEIGHT;
  }

  room(): number {
    return this.y - this.bottom;
  }

  newPage(): void {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
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
    const mark = this.model.letterhead;
    let y = PAGE.height - MARGIN.top;
    if (mark.kind === 'etat') {
      // Tricolour band above the authority's name, as on the State's bloc-marque.
      const band = 8;
      this.page.drawRectangle({ x: MARGIN.left, y: y - 4, width: band, height: 4, color: BLUE });
      this.page.drawRectangle({
        x: MARGIN.left + band,
        y: y - 4,
        width: band,
        height: 4,
        color: rgb(1, 1, 1),
        borderColor: rgb(0.85, 0.85, 0.85),
        borderWidth: 0.3,
      });
      this.page.drawRectangle({
        x: MARGIN.left + 2 * band,
        y: y - 4,
        width: band,
        height: 4,
        color: rgb(225 / 255, 0, 15 / 255),
      });
      y -= 18;
      for (const line of this.wrapCaps(mark.authority.toUpperCase(), 150)) {
        this.page.drawText(line, { x: MARGIN.left, y, size: 9.5, font: this.fonts.bold, color: BLACK });
        y -= 11.5;
      }
      for (const word of ['Liberté', 'Égalité', 'Fraternité']) {
        this.page.drawText(word, { x: MARGIN.left, y, size: 7.5, font: this.fonts.italic, color: BLACK });
        y -= 9;
      }
    } else {
      mark.lines.forEach((line, index) => {
        const font = index === 0 ? this.fonts.bold : this.fonts.regular;
        this.page.drawText(line, {
          x: MARGIN.left,
          y: y - 10,
          size: index === 0 ? 11 : 8.5,
          font,
          color: index === 0 ? BLUE : BLACK,
        });
        y -= index === 0 ? 14 : 10.5;
      });
    }
  }

  private wrapCaps(text: string, max: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.fonts.bold.widthOfTextAtSize(candidate, 9.5) > max && line) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) lines.push(line);
    return lines;
  }

  drawLine(line: Line, x: number, size: number, width: number, justify: boolean, color = BLACK): void {
    const plainSpace = this.fonts.regular.widthOfTextAtSize(' ', size);
    const gaps = line.words.filter((w, i) => i > 0 && !w.text.startsWith('\u0000')).length;
    const extra = justify && gaps > 0 ? (width - line.width) / gaps : 0;
    let cursor = x;
    line.words.forEach((word, index) => {
      const joined = word.text.startsWith('\u0000');
      if (index > 0 && !joined) cursor += plainSpace + extra;
      const textToDraw = joined ? word.text.slice(1) : word.text;
      this.page.drawText(textToDraw, { x: cursor, y: this.y - size, size, font: word.font, color });
      cursor += word.width;
    });
  }

  /** Lines of text, moving to a new page without leaving an orphan or a widow line. */
  lines(
    lines: Line[],
    options: {
      size: number;
      x?: number;
      width?: number;
      align?: string;
      color?: ReturnType<typeof rgb>;
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
      const last = index === lines.length - 1;
      const lineX =
        options.align === 'right'
          ? x + width - line.width
          : options.align === 'center'
            ? x + (width - line.width) / 2
            : x;
      this.drawLine(line, lineX, options.size, width, options.align === 'justify' && !last, options.color);
      this.y -= height;
    });
  }
}

function paragraphHeight(lines: number, size: number): number {
  return lines * size * LEADING;
}

/** The height the first lines of a block need, so a heading is never left alone at a page end. */
function leadHeight(block: Block | undefined, fonts: Fonts): number {
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
    default:
      return 0;
  }
}

function drawTable(layout: Layout, fonts: Fonts, block: Extract<Block, { type: 'table' }>, page: () => PDFPage): void {
  const size = 9;
  const padding = 4;
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => (w / total) * TEXT_WIDTH);
  const rowLines = (values: string[], bold: boolean) =>
    values.map((value, i) => breakLines([{ text: value, bold }], fonts, size, widths[i]! - 2 * padding));
  const rowHeight = (cells: Line[][]) => Math.max(1, ...cells.map((c) => c.length)) * size * LEADING + 2 * padding;
  const header = rowLines(block.header, true);
  const drawRow = (cells: Line[][], style: { header?: boolean; bold?: boolean }) => {
    const height = rowHeight(cells);
    let x = MARGIN.left;
    const top = layout.y;
    cells.forEach((lines, i) => {
      page().drawRectangle({
        x,
        y: top - height,
        width: widths[i]!,
        height,
        borderColor: rgb(0.6, 0.6, 0.6),
        borderWidth: 0.5,
        ...(style.header ? { color: rgb(227 / 255, 227 / 255, 253 / 255) } : {}),
      });
      let y = top - padding;
      for (const line of lines) {
        const numeric = !style.header && block.numeric?.[i];
        const lineX = numeric ? x + widths[i]! - padding - line.width : x + padding;
        layout.y = y;
        layout.drawLine(line, lineX, size, widths[i]! - 2 * padding, false);
        y -= size * LEADING;
      }
      x += widths[i]!;
    });
    layout.y = top - height;
  };
  layout.ensure(rowHeight(header) + (block.rows[0] ? rowHeight(rowLines(block.rows[0], false)) : 0));
  drawRow(header, { header: true });
  const rows = [
    ...block.rows.map((r) => ({ cells: rowLines(r, false), bold: false })),
    ...(block.footer ? [{ cells: rowLines(block.footer, true), bold: true }] : []),
  ];
  for (const row of rows) {
    if (rowHeight(row.cells) > layout.room()) {
      layout.newPage();
      drawRow(header, { header: true });
    }
    drawRow(row.cells, { bold: row.bold });
  }
  layout.gap(8);
}

export async function renderPdf(model: DocumentModel, fontBytes: PdfFonts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const embed = (bytes: Uint8Array) => pdf.embedFont(bytes, { subset: true });
  const [regular, bold, italic, boldItalic] = await Promise.all([
    embed(fontBytes.regular),
    embed(fontBytes.bold),
    embed(fontBytes.italic),
    embed(fontBytes.boldItalic),
  ]);
  const fonts: Fonts = {
    regular,
    bold,
    italic,
    boldItalic,
  };
  const layout = new Layout(pdf, fonts, model);
  const currentPage = () => layout.pages[layout.pages.length - 1]!;

  model.blocks.forEach((block, index) => {
    const next = model.blocks[index + 1];
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
        for (const item of block.items) {
          const lines = breakLines(item, fonts, BODY, TEXT_WIDTH - indent);
          layout.ensure(paragraphHeight(Math.min(2, lines.length), BODY));
          const page = currentPage();
          const y = layout.y;
          (layout.pages[layout.pages.length - 1] ?? page).drawText('–', {
            x: MARGIN.left + 4,
            y: y - BODY,
            size: BODY,
            font: fonts.regular,
          });
          layout.lines(lines, { size: BODY, x: MARGIN.left + indent, width: TEXT_WIDTH - indent, align: 'justify' });
          layout.gap(2);
        }
        layout.gap(4);
        break;
      }
      case 'table':
        drawTable(layout, fonts, block, currentPage);
        break;
      case 'signatures': {
        const width = TEXT_WIDTH / block.columns.length;
        const height = Math.max(...block.columns.map((c) => c.lines.length)) * BODY * LEADING + 70;
        layout.ensure(height);
        const top = layout.y;
        block.columns.forEach((column, i) => {
          layout.y = top;
          const x = MARGIN.left + i * width;
          for (const line of column.lines)
            layout.lines(breakLines([{ text: line }], fonts, BODY, width - 10), {
              size: BODY,
              x,
              width: width - 10,
              align: 'left',
              keepTogether: true,
            });
          layout.y = layout.y - 50;
          layout.lines(breakLines([{ text: column.name, bold: true }], fonts, BODY, width - 10), {
            size: BODY,
            x,
            width: width - 10,
            align: 'left',
          });
        });
        layout.y = top - height;
        break;
      }
      case 'pageBreak':
        layout.newPage();
        break;
    }
  });

  const count = layout.pages.length;
  layout.pages.forEach((page, index) => {
    const footer = `${model.footer} — Page ${index + 1} sur ${count}`;
    const width = fonts.regular.widthOfTextAtSize(footer, 8);
    page.drawText(footer, {
      x: (PAGE.width - width) / 2,
      y: MARGIN.bottom - 4,
      size: 8,
      font: fonts.regular,
      color: rgb(0.35, 0.35, 0.35),
    });
  });

  pdf.setTitle(model.meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(model.meta.author);
  pdf.setSubject(model.meta.subject);
  pdf.setKeywords(model.meta.keywords);
  pdf.setLanguage('fr-FR');
  pdf.setCreator('Contrats CTAI');
  pdf.setProducer('Contrats CTAI (pdf-lib)');
  pdf.setCreationDate(model.meta.createdAt);
  pdf.setModificationDate(model.meta.createdAt);
  addPdfAParts(pdf, model, fontBytes.iccProfile);
  return pdf.save({ useObjectStreams: false });
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What PDF/A-2b asks beyond embedded fonts: XMP metadata and an sRGB output intent. */
function addPdfAParts(pdf: PDFDocument, model: DocumentModel, iccProfile: Uint8Array | undefined): void {
  const date = model.meta.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xmp = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(model.meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${escapeXml(model.meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(model.meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:CreatorTool>Contrats CTAI</xmp:CreatorTool>
<pdf:Producer>Contrats CTAI (pdf-lib)</pdf:Producer>
<pdf:Keywords>${escapeXml(model.meta.keywords.join(' '))}</pdf:Keywords>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const metadata = pdf.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(metadata));
  if (iccProfile) {
    const profile = pdf.context.register(pdf.context.flateStream(iccProfile, { N: 3 }));
    const intent = pdf.context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
      Info: PDFString.of('sRGB IEC61966-2.1'),
      DestOutputProfile: profile,
    });
    pdf.catalog.set(PDFName.of('OutputIntents'), pdf.context.obj([intent]));
  }
}
