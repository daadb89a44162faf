// Column widths: the relative widths, except that no column is narrower than its widest word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatedWidestWord, fitColumnWidths } from '../../../shared/documents/table-columns';

describe('table column widths', () => {
  it('keeps the relative widths when every word fits', () => {
    expect(fitColumnWidths([1, 3], [10, 10], 400)).toEqual([100, 300]);
  });

  it('widens a column to its widest word and narrows the others in proportion', () => {
    // The second column needs 200 of 400: the other two share the remaining 200 as 1 to 3.
    expect(fitColumnWidths([1, 1, 3], [0, 200, 0], 400)).toEqual([50, 200, 150]);
  });

  it('never narrows a column below its own minimum while making room for another', () => {
    expect(fitColumnWidths([1, 1, 2], [90, 250, 0], 400)).toEqual([90, 250, 60]);
  });

  it('keeps the relative widths when the words cannot all fit', () => {
    expect(fitColumnWidths([1, 1], [300, 300], 400)).toEqual([200, 200]);
  });

  it('fills the width and meets every minimum whenever the minimums fit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0.1, max: 10, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true })),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (columns) => {
          const relative = columns.map(([w]) => w);
          const minimums = columns.map(([, m]) => m);
          const widths = fitColumnWidths(relative, minimums, 500);
          expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(500, 6);
          if (minimums.reduce((a, b) => a + b, 0) <= 500)
            widths.forEach((width, i) => expect(width).toBeGreaterThanOrEqual(minimums[i]! - 1e-9));
        },
      ),
    );
  });

  it('estimates an amount wider than a short word, and a no-break space as part of the word', () => {
    const amount = estimatedWidestWord('100\u202f000\u202f000\u202f000,00\u00a0€', 18);
    expect(amount).toBeGreaterThan(estimatedWidestWord('Commune (1,00 €)', 18));
    expect(estimatedWidestWord('2 000,00 €', 18)).toBe(estimatedWidestWord('000,00', 18));
  });
});
