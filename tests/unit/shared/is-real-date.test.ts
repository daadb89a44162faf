import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../../shared/dossier/schema-primitives';

/** The calendar as JavaScript's Date knows it: the oracle the positional reading must agree with. */
function byDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isRealDate', () => {
  it('knows leap years and the length of each month', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('2100-02-29')).toBe(false);
    expect(isRealDate('2026-04-31')).toBe(false);
    expect(isRealDate('2026-12-31')).toBe(true);
    expect(isRealDate('2026-00-10')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('2026-01-00')).toBe(false);
  });

  it('agrees with the Date calendar on any AAAA-MM-JJ string', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          const value = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isRealDate(value)).toBe(byDate(value));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
