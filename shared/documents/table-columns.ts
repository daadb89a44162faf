// The widths of a table's columns, for the PDF and the DOCX alike: the block's relative widths
// over the text width, except that no column is narrower than its widest word, so that an amount
// (« 1 200 000 000,00 € », held together by no-break spaces), a date or a SIRET is never cut
// across two lines of its cell; the other columns give up the room in proportion to their
// relative widths. This is CSS's automatic table layout reduced to what our tables need
// (https://www.w3.org/TR/css-tables-3/#width-distribution-algorithm): a minimum per column and a
// preferred share. Written here because the layout is ours (pdf-lib draws, `docx` declares fixed
// columns): no library computes column widths for either.

/**
 * Column widths, in the unit of `total` (points, twips): `relative` (any positive weights)
 * scaled to `total`, each column raised to its `minimums` entry (same unit) and the others
 * narrowed in proportion, never below their own minimum. When the minimums together exceed
 * `total`, nothing can hold every word whole: the relative widths are returned unchanged (the
 * renderer then cuts the longest words, as before).
 */
export function fitColumnWidths(relative: readonly number[], minimums: readonly number[], total: number): number[] {
  const scaled = scale(relative, total);
  if (minimums.reduce((sum, min) => sum + min, 0) > total) return scaled;
  const fixed = new Set<number>();
  for (;;) {
    const free = total - [...fixed].reduce((sum, i) => sum + minimums[i]!, 0);
    const weight = relative.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const widths = relative.map((w, i) => (fixed.has(i) ? minimums[i]! : (w / weight) * free));
    const short = widths.flatMap((width, i) => (!fixed.has(i) && width < minimums[i]! ? [i] : []));
    if (short.length === 0) return widths;
    for (const i of short) fixed.add(i);
  }
}

function scale(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  return relative.map((w) => (w / sum) * total);
}

/**
 * An estimate, in twips (1/20 pt), of the widest word of `text` at `halfPoints` (the DOCX size
 * unit) in a proportional sans-serif face such as Marianne or Arial: digits and capitals take
 * about 0.6 em, spaces and punctuation 0.3 em, other letters 0.5 em. Used for the DOCX, whose
 * columns are fixed before Word or LibreOffice measures anything; the PDF measures its fonts.
 */
export function estimatedWidestWord(text: string, halfPoints: number, bold = false): number {
  const em = halfPoints * 10 * (bold ? 1.06 : 1);
  const widthOf = (word: string) =>
    [...word].reduce((sum, char) => {
      if (/[0-9A-ZÀ-Þ€%@]/u.test(char)) return sum + 0.62 * em;
      if (/[\s.,;:'’()/-]/u.test(char)) return sum + 0.3 * em;
      return sum + 0.52 * em;
    }, 0);
  return Math.max(0, ...text.split(/[ \n]+/).map(widthOf));
}
