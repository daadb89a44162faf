// Amounts in words checked against an independent implementation: the n2words package (French,
// test-only dependency) spells each part; the nouns around them (euro, d’euros, centimes) follow
// the rules written here. 10 000 random amounts in cents, up to the largest the format accepts.
import fc from 'fast-check';
import { toCardinal } from 'n2words/fr-FR';
import { describe, expect, it } from 'vitest';
import { deMontant, MAX_NOMBRE_EN_LETTRES, montantEnLettres } from '../../../shared/format/amount-words';
import { MAX_CENTS } from '../../../shared/dossier/schema-primitives';

/** The amount as the oracle spells it, with the nouns of financial articles. */
function oracle(cents: number): string {
  const euros = Math.floor(cents / 100);
  const centimes = cents % 100;
  // « un million d’euros », « deux milliards d’euros »: after a noun of number, « d’euros ».
  const unit = euros >= 1_000_000 && euros % 1_000_000 === 0 ? 'd’euros' : euros <= 1 ? 'euro' : 'euros';
  const eurosPart = `${toCardinal(euros)} ${unit}`;
  if (centimes === 0) return eurosPart;
  const centimesPart = `${toCardinal(centimes)} centime${centimes > 1 ? 's' : ''}`;
  return euros === 0 ? centimesPart : `${eurosPart} et ${centimesPart}`;
}

describe('amounts in words against n2words', () => {
  it('the format’s largest amount is within what the words can say', () => {
    expect(Math.floor(MAX_CENTS / 100)).toBeLessThanOrEqual(MAX_NOMBRE_EN_LETTRES);
    expect(montantEnLettres(MAX_CENTS)).toBe('cent milliards d’euros');
    expect(montantEnLettres(1_200_000_000_00)).toBe('un milliard deux cents millions d’euros');
  });

  it('agrees on 10 000 random amounts with cents, up to the format’s maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), (cents) => {
        expect(montantEnLettres(cents)).toBe(oracle(cents));
      }),
      { numRuns: 10_000, seed: 14 },
    );
  });

  it('agrees on the amounts where French spelling turns', () => {
    const euros = [0, 1, 21, 71, 80, 81, 91, 100, 180, 200, 201, 1000, 80_000, 200_000, 1_000_000, 2_000_000];
    const more = [200_000_000, 1_000_001, 1_000_000_000, 80_000_000_000, 99_999_999_999];
    for (const value of [...euros, ...more])
      for (const centimes of [0, 1, 80, 99])
        expect(montantEnLettres(value * 100 + centimes)).toBe(oracle(value * 100 + centimes));
  });

  it('elides « de » before « un », and only there', () => {
    expect(`la somme ${deMontant(1_000_000_00)}`).toBe('la somme d’un million d’euros');
    expect(`la somme ${deMontant(1_00)}`).toBe('la somme d’un euro');
    expect(`la somme ${deMontant(8_00)}`).toBe('la somme de huit euros');
    expect(`la somme ${deMontant(11_00)}`).toBe('la somme de onze euros');
    expect(`la somme ${deMontant(50)}`).toBe('la somme de cinquante centimes');
  });
});
