import { describe, expect, it } from 'vitest';
import { communeOfPlace } from '../../../shared/format/territory-names';

describe('the place of signature is the commune, without its CEDEX', () => {
  it('takes off « Cedex », its number and a leading postal code', () => {
    expect(communeOfPlace('Le Havre Cedex')).toBe('Le Havre');
    expect(communeOfPlace('Nantes Cedex 1')).toBe('Nantes');
    expect(communeOfPlace('STRASBOURG CEDEX 09')).toBe('STRASBOURG');
    expect(communeOfPlace('44035 Nantes cedex 1')).toBe('Nantes');
  });

  it('leaves a commune whose name merely holds the letters', () => {
    expect(communeOfPlace('Meylan')).toBe('Meylan');
    expect(communeOfPlace('Saint-Cedex-sur-Loire')).toBe('Saint-Cedex-sur-Loire');
  });
});
