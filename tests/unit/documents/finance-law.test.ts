// The finance law a contract cites is never later than its signature.
import { describe, expect, it } from 'vitest';
import { citesLaterThan } from '../../../shared/documents/build-contract';
import { loiDeFinances } from '../../../shared/documents/finance-laws';

describe('the finance law of the year, never later than the signature', () => {
  it('cites the year’s law once promulgated', () => {
    expect(loiDeFinances(2024, '2024-03-01')).toBe('la loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024');
    expect(loiDeFinances(2025, '2025-02-14')).toBe('la loi n° 2025-127 du 14 février 2025 de finances pour 2025');
  });

  it('before a late finance law, the loi spéciale in force at the signature', () => {
    expect(loiDeFinances(2025, '2025-01-20')).toBe(
      'la loi n° 2024-1188 du 20 décembre 2024 spéciale prévue par l’article 45 de la loi organique du 1er août 2001 relative aux lois de finances',
    );
  });

  it('nothing when no law is known at that date (the visa is left out)', () => {
    expect(loiDeFinances(2024, '2023-12-01')).toBe('');
    expect(loiDeFinances(2030, '2030-03-01')).toBe('');
  });

  it('finds a cited text dated after the signature', () => {
    const visa = 'Vu le décret n° 2021-1947 du 31 décembre 2021 pris pour l’application ;';
    expect(citesLaterThan(visa, '2021-06-03')).toBe(true);
    expect(citesLaterThan(visa, '2022-01-01')).toBe(false);
    expect(citesLaterThan('Vu la loi organique n° 2001-692 du 1er août 2001 ;', '2001-08-01')).toBe(false);
  });
});
