// Text as people paste it, turned into text a document can print: composed accents (NFC),
// control characters removed or turned into what they mean, and the line structure of text
// areas kept. Both renderers and the check of printable characters go through here, so what is
// checked is what is drawn.
import type { Block, DocumentModel, Run } from './document-model';

const CLEAN = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u202f\u2030-\u205f\u20ac]*$/;

/** The soft hyphen, zero-width and bidirectional formatting characters: nothing to see, but a right-to-left override reverses what follows. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `value` without INVISIBLE characters: what a field shows as it is typed is what is meant. */
export function withoutInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}

/**
 * Normalises one piece of text. Returns NFC text holding no control character other than
 * "\n" (a line break); "\n\n" marks a new paragraph (a blank line, a form feed, U+2029).
 * A tab becomes a space; a vertical tab or U+2028 a line break (what word processors mean by
 * them); other C0/C1 controls, the soft hyphen (lines are never hyphenated), zero-width and
 * bidirectional formatting characters are removed (the bidi algorithm orders runs itself).
 */
export function normalizeText(value: string): string {
  // Most text is already clean: printable Latin, no line break (NFC leaves these unchanged).
  if (CLEAN.test(value)) return value;
  return (
    value
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\f\u2029]/g, '\n\n')
      .replace(/[\v\u2028\u0085]/g, '\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point here
      .replace(/[\u0000-\u0009\u000e-\u001f\u007f-\u009f]/g, '')
      .replace(INVISIBLE, '')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
  );
}

/** Normalised text on a single line (headings, signature lines, letterhead, footer). */
export function normalizeLine(value: string): string {
  return normalizeText(value).replace(/\n+/g, ' ').trim();
}

/** Normalised text whose blank lines become simple line breaks (list items, table cells). */
function normalizeLines(value: string): string {
  return normalizeText(value)
    .replace(/\n\n/g, '\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Splits a paragraph's runs at its blank lines: one paragraph of runs per typed paragraph. */
function paragraphsOf(runs: Run[]): Run[][] {
  const paragraphs: Run[][] = [[]];
  for (const run of runs) {
    normalizeText(run.text)
      .split('\n\n')
      .forEach((part, index) => {
        if (index > 0) paragraphs.push([]);
        if (part) paragraphs[paragraphs.length - 1]!.push({ ...run, text: part });
      });
  }
  // Line breaks at the edges of a paragraph would print as empty lines.
  return paragraphs.map((list) => trimEdges(list)).filter((list) => list.some((run) => run.text.trim() !== ''));
}

function trimEdges(runs: Run[]): Run[] {
  const copy = runs.map((run) => ({ ...run }));
  if (copy[0]) copy[0].text = copy[0].text.replace(/^\n+/, '');
  const last = copy[copy.length - 1];
  if (last) last.text = last.text.replace(/\n+$/, '');
  return copy.filter((run) => run.text !== '');
}

function normalizeBlock(block: Block): Block[] {
  switch (block.type) {
    case 'heading':
      return [{ ...block, text: normalizeLine(block.text) }];
    case 'paragraph': {
      const paragraphs = paragraphsOf(block.runs);
      return paragraphs.map((runs, index) => {
        const { keepWithNext, ...rest } = block;
        return index === paragraphs.length - 1 && keepWithNext ? { ...rest, runs, keepWithNext } : { ...rest, runs };
      });
    }
    case 'list':
      return [
        {
          ...block,
          items: block.items.map((item) => trimEdges(item.map((run) => ({ ...run, text: normalizeLines(run.text) })))),
        },
      ];
    case 'table':
      return [
        {
          ...block,
          header: block.header.map(normalizeLine),
          rows: block.rows.map((row) => row.map(normalizeLines)),
          ...(block.footer ? { footer: block.footer.map(normalizeLines) } : {}),
        },
      ];
    case 'signatures':
      return [
        {
          ...block,
          columns: block.columns.map((column) => ({
            lines: column.lines.map(normalizeLine),
            name: normalizeLine(column.name),
          })),
        },
      ];
    case 'bars':
      return [
        {
          ...block,
          title: normalizeLine(block.title),
          bars: block.bars.map((bar) => ({ ...bar, label: normalizeLine(bar.label), text: normalizeLine(bar.text) })),
        },
      ];
    case 'pageBreak':
      return [block];
  }
}

/** The model with every text normalised; paragraphs typed with blank lines become several. */
export function normalizeModel(model: DocumentModel): DocumentModel {
  return {
    meta: {
      ...model.meta,
      title: normalizeLine(model.meta.title),
      subject: normalizeLine(model.meta.subject),
      author: normalizeLine(model.meta.author),
      keywords: model.meta.keywords.map(normalizeLine),
    },
    letterhead:
      model.letterhead.kind === 'etat'
        ? { kind: 'etat', authority: normalizeLine(model.letterhead.authority) }
        : { kind: 'collectivite', lines: model.letterhead.lines.map(normalizeLine) },
    footer: normalizeLine(model.footer),
    blocks: model.blocks.flatMap(normalizeBlock),
  };
}
