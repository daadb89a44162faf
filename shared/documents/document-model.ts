// A small model of a printed document. Builders turn a dossier into it; the DOCX and PDF
// renderers draw any model, so adding a document never touches a renderer.
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Align = 'left' | 'justify' | 'center' | 'right';

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; runs: Run[]; align?: Align; keepWithNext?: boolean; indent?: boolean }
  | { type: 'list'; items: Run[][] }
  | {
      type: 'table';
      /** Relative column widths. */
      widths: number[];
      header: string[];
      rows: string[][];
      /** A last row in bold (totals). */
      footer?: string[];
      numeric?: boolean[];
    }
  | { type: 'signatures'; columns: { lines: string[]; name: string }[] }
  /**
   * A horizontal bar chart: one bar per item, its length proportional to `value` (the largest
   * fills the width), with its label and its value as text (`text`). The DOCX shows it as a table.
   */
  | { type: 'bars'; title: string; bars: { label: string; value: number; text: string }[] }
  | { type: 'pageBreak' };

/** The top-left mark: the State's bloc-marque, or the collectivité's letterhead. */
export type Letterhead =
  | { kind: 'etat'; /** "Préfet de l’Isère", in capitals on the mark. */ authority: string }
  | { kind: 'collectivite'; lines: string[] };

export interface DocumentModel {
  meta: { title: string; subject: string; author: string; keywords: string[]; createdAt: Date };
  letterhead: Letterhead;
  /** Footer text; "Page X sur Y" is added by the renderers. */
  footer: string;
  blocks: Block[];
}

export const text = (value: string, style: Omit<Run, 'text'> = {}): Run => ({ text: value, ...style });
export const paragraph = (
  value: string | Run[],
  options: { align?: Align; keepWithNext?: boolean; indent?: boolean } = {},
): Block => ({
  type: 'paragraph',
  runs: typeof value === 'string' ? [text(value)] : value,
  align: options.align ?? 'justify',
  ...(options.keepWithNext ? { keepWithNext: true } : {}),
  ...(options.indent ? { indent: true } : {}),
});
export const heading = (level: 1 | 2 | 3, value: string): Block => ({ type: 'heading', level, text: value });

/** Every piece of text of a document, in reading order (to compare renderings and test content). */
export function documentText(model: DocumentModel): string[] {
  const lines: string[] = [];
  for (const block of model.blocks) {
    switch (block.type) {
      case 'heading':
        lines.push(block.text);
        break;
      case 'paragraph':
        lines.push(block.runs.map((run) => run.text).join(''));
        break;
      case 'list':
        for (const item of block.items) lines.push(item.map((run) => run.text).join(''));
        break;
      case 'table':
        for (const row of [block.header, ...block.rows, ...(block.footer ? [block.footer] : [])]) lines.push(...row);
        break;
      case 'signatures':
        for (const column of block.columns) lines.push(...column.lines, column.name);
        break;
      case 'bars':
        lines.push(block.title);
        for (const bar of block.bars) lines.push(bar.label, bar.text);
        break;
      case 'pageBreak':
        break;
    }
  }
  return lines;
}
