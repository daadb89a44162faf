import { describe, expect, it } from 'vitest';
import { formatEuros, parseEuros } from '../../../shared/format/money';

describe('amounts in figures', () => {
  it('writes French amounts with narrow no-break spaces', () => {
    expect(formatEuros(1_250_000)).toBe('12\u202f500,00\u00a0€');
    expect(formatEuros(5)).toBe('0,05\u00a0€');
    expect(formatEuros(18_000_000_000)).toBe('180\u202f000\u202f000,00\u00a0€');
    expect(formatEuros(-100)).toBe('-1,00\u00a0€');
  });

  it('reads what an agent types, refusing what is not an amount', () => {
    expect(parseEuros('12 500')).toBe(1_250_000);
    expect(parseEuros('12\u202f500,5 €')).toBe(1_250_050);
    expect(parseEuros('0,05')).toBe(5);
    for (const bad of ['', 'abc', '-3', '1,234', '12.345,00', '1e5']) expect(parseEuros(bad)).toBeNull();
  });
});
