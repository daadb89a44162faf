import { describe, expect, it } from 'vitest';
import { bareNumber } from '../../../shared/format/act-number';

describe('numbers of acts are printed after one « n° »', () => {
  it('takes off a typed prefix, whatever its form', () => {
    expect(bareNumber('n°2023-128')).toBe('2023-128');
    expect(bareNumber('N° 23-094')).toBe('23-094');
    expect(bareNumber('n° CTAI-76-2024-01')).toBe('CTAI-76-2024-01');
    expect(bareNumber('nº 5')).toBe('5');
    expect(bareNumber('No 12')).toBe('12');
    expect(bareNumber('no. 12')).toBe('12');
    expect(bareNumber('  n ° 7 ')).toBe('7');
  });

  it('leaves numbers that only begin with the letters', () => {
    expect(bareNumber('2023-128')).toBe('2023-128');
    expect(bareNumber('NORD-2024-3')).toBe('NORD-2024-3');
    expect(bareNumber('Nantes/2024/12')).toBe('Nantes/2024/12');
    expect(bareNumber('')).toBe('');
  });
});
