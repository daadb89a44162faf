// The typography pass over a whole document model: every piece of printed text — paragraphs and
// their bold labels, headings, list items, table cells, signature blocks, letterhead, footer —
// goes through the same French rules (format/typography.ts), so no builder can forget one.
import { typographie } from '../format/typography';
import type { Block, DocumentModel, Letterhead } from './document-model';

function typesetBlock(block: Block): Block {
  switch (block.type) {
    case 'heading':
      return { ...block, text: typographie(block.text) };
    case 'paragraph':
      return { ...block, runs: block.runs.map((run) => ({ ...run, text: typographie(run.text) })) };
    case 'list':
      return {
        ...block,
        items: block.items.map((item) => item.map((run) => ({ ...run, text: typographie(run.text) }))),
      };
    case 'table':
      return {
        ...block,
        header: block.header.map(typographie),
        rows: block.rows.map((row) => row.map(typographie)),
        ...(block.footer ? { footer: block.footer.map(typographie) } : {}),
      };
    case 'signatures':
      return {
        ...block,
        columns: block.columns.map((column) => ({
          lines: column.lines.map(typographie),
          name: typographie(column.name),
        })),
      };
    case 'bars':
      return {
        ...block,
        title: typographie(block.title),
        bars: block.bars.map((bar) => ({ ...bar, label: typographie(bar.label), text: typographie(bar.text) })),
      };
    case 'pageBreak':
      return block;
  }
}

function typesetLetterhead(letterhead: Letterhead): Letterhead {
  return letterhead.kind === 'etat'
    ? { ...letterhead, authority: typographie(letterhead.authority) }
    : { ...letterhead, lines: letterhead.lines.map(typographie) };
}

/** The model with French typography on all its prose (idempotent: typesetting twice changes nothing). */
export function typesetModel(model: DocumentModel): DocumentModel {
  return {
    ...model,
    meta: { ...model.meta, title: typographie(model.meta.title) },
    letterhead: typesetLetterhead(model.letterhead),
    footer: typographie(model.footer),
    blocks: model.blocks.map(typesetBlock),
  };
}
