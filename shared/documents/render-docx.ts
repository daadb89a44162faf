// Renders a document model as DOCX (Office Open XML) with the `docx` library.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Align, Block, DocumentModel, Letterhead, Run } from './document-model';
import { normalizeModel } from './text-normalization';
import { estimatedWidestWord, fitColumnWidths } from './table-columns';

const FONT = 'Arial';
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** Usable width of an A4 page with 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9638;

/** Runs of a paragraph; a line break typed in the text ("\n" once normalised) stays a line break. */
function runs(list: Run[], style: { size?: number } = {}): TextRun[] {
  return list.flatMap((run) =>
    run.text.split('\n').map(
      (part, index) =>
        new TextRun({
          text: part,
          bold: run.bold,
          italics: run.italic,
          ...(style.size ? { size: style.size } : {}),
          ...(index > 0 ? { break: 1 } : {}),
        }),
    ),
  );
}

/**
 * Whether a table row may be kept on one page: a row whose text would take more than about
 * half a page is let split across pages, or LibreOffice and Word would cut it at the page end.
 */
function fitsHalfPage(values: string[], widths: number[]): boolean {
  // About 90 twentieths of a point per character of 9-point text.
  const lines = values.map((value, i) =>
    value.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * 90) / widths[i]!)), 0),
  );
  return Math.max(...lines) < 25;
}

function letterhead(mark: Letterhead): Paragraph[] {
  if (mark.kind === 'etat') {
    return [
      new Paragraph({
        children: [new TextRun({ text: mark.authority.toUpperCase(), bold: true, font: 'Marianne', size: 20 })],
      }),
      ...['Liberté', 'Égalité', 'Fraternité'].map(
        (word) => new Paragraph({ children: [new TextRun({ text: word, italics: true, font: 'Marianne', size: 16 })] }),
      ),
    ];
  }
  return mark.lines.map(
    (line, index) =>
      new Paragraph({ children: [new TextRun({ text: line, bold: index === 0, size: index === 0 ? 22 : 18 })] }),
  );
}

function cell(
  value: string,
  options: { bold?: boolean; numeric?: boolean; width: number; shaded?: boolean },
): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    ...(options.shaded ? { shading: { fill: 'E3E3FD' } } : {}),
    children: [
      new Paragraph({
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: runs([{ text: value, bold: options.bold }], { size: 18 }),
      }),
    ],
  });
}

function table(block: Extract<Block, { type: 'table' }>): Table {
  // Each column at least as wide as its widest word, estimated (cell margins: 108 twips a side).
  const minimums = block.widths.map(
    (_, i) =>
      Math.max(
        ...block.rows.map((r) => estimatedWidestWord(r[i] ?? '', 18)),
        estimatedWidestWord(block.header[i] ?? '', 18, true),
        block.footer ? estimatedWidestWord(block.footer[i] ?? '', 18, true) : 0,
      ) +
      2 * 108,
  );
  const widths = fitColumnWidths(block.widths, minimums, TEXT_WIDTH).map(Math.floor);
  const row = (values: string[], style: { header?: boolean; bold?: boolean }) =>
    new TableRow({
      tableHeader: style.header,
      cantSplit: fitsHalfPage(values, widths),
      children: values.map((value, i) =>
        cell(value, {
          bold: style.bold || style.header,
          numeric: !style.header && block.numeric?.[i],
          width: widths[i]!,
          shaded: style.header,
        }),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row(block.header, { header: true }),
      ...block.rows.map((r) => row(r, {})),
      ...(block.footer ? [row(block.footer, { bold: true })] : []),
    ],
  });
}

function signatures(block: Extract<Block, { type: 'signatures' }>): Table {
  const width = Math.floor(TEXT_WIDTH / block.columns.length);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: block.columns.map(() => width),
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    // Titles in a first row, names in a second: every name on one level under the longest title.
    rows: [
      new TableRow({
        cantSplit: true,
        children: block.columns.map(
          (column) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              children: column.lines.map(
                (line) => new Paragraph({ keepNext: true, children: [new TextRun({ text: line })] }),
              ),
            }),
        ),
      }),
      new TableRow({
        cantSplit: true,
        children: block.columns.map(
          (column) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              children: [
                new Paragraph({
                  spacing: { before: 1200 },
                  children: [new TextRun({ text: column.name, bold: true })],
                }),
              ],
            }),
        ),
      }),
    ],
  });
}

function blocks(list: Block[]): (Paragraph | Table)[] {
  return list.flatMap((block): (Paragraph | Table)[] => {
    switch (block.type) {
      case 'heading':
        return [
          new Paragraph({
            heading: HEADINGS[block.level],
            keepNext: true,
            keepLines: true,
            children: [new TextRun({ text: block.text })],
          }),
        ];
      case 'paragraph':
        return [
          new Paragraph({
            alignment: ALIGN[block.align ?? 'justify'],
            keepNext: block.keepWithNext,
            widowControl: true,
            spacing: { after: 120 },
            children: runs(block.runs),
          }),
        ];
      case 'list':
        return block.items.map(
          (item) =>
            new Paragraph({ numbering: { reference: 'puces', level: 0 }, widowControl: true, children: runs(item) }),
        );
      case 'table':
        return [table(block), new Paragraph({ children: [] })];
      case 'signatures':
        return [signatures(block)];
      case 'bars':
        // A chart in a word-processing file is read as the table of its figures.
        return [
          table({
            type: 'table',
            widths: [3, 1],
            header: [block.title, ''],
            rows: block.bars.map((bar) => [bar.label, bar.text]),
            numeric: [false, true],
          }),
          new Paragraph({ children: [] }),
        ];
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  });
}

/** The DOCX document of a model, its text normalised first (text-normalization.ts). */
export function docxDocument(source: DocumentModel): Document {
  const model = normalizeModel(source);
  const pageNumber: ParagraphChild[] = [
    new TextRun({ text: `${model.footer} — Page `, size: 16 }),
    new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
    new TextRun({ text: ' sur ', size: 16 }),
    new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
  ];
  return new Document({
    creator: model.meta.author,
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords.join(', '),
    description: model.meta.subject,
    // A line ending with a typed line break is not stretched in a justified paragraph.
    compatibility: { doNotExpandShiftReturn: true },
    styles: {
      default: { document: { run: { font: FONT, size: 21, language: { value: 'fr-FR' } } } },
      paragraphStyles: [
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 32, bold: true, color: '000091' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 24, bold: true, color: '000091' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        {
          id: 'Heading3',
          name: 'Heading 3',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 22, bold: true },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'puces',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '–',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        headers: { default: new Header({ children: letterhead(model.letterhead) }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumber })] }),
        },
        children: blocks(model.blocks),
      },
    ],
  });
}

export function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  return Packer.pack(docxDocument(model), 'uint8array');
}
