import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { montantEnLettres, nombreEnLettres } from '../../../shared/format/amount-words';
import { appellation, fonctionAccordee } from '../../../shared/format/civility';
import { typographie } from '../../../shared/format/typography';

const VALUES: Record<string, number> = {
  zéro: 0,
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
};

describe('numbers in words', () => {
  it.each([
    [0, 'zéro'],
    [1, 'un'],
    [17, 'dix-sept'],
    [21, 'vingt et un'],
    [22, 'vingt-deux'],
    [71, 'soixante et onze'],
    [72, 'soixante-douze'],
    [80, 'quatre-vingts'],
    [81, 'quatre-vingt-un'],
    [90, 'quatre-vingt-dix'],
    [91, 'quatre-vingt-onze'],
    [99, 'quatre-vingt-dix-neuf'],
    [100, 'cent'],
    [101, 'cent un'],
    [200, 'deux cents'],
    [201, 'deux cent un'],
    [280, 'deux cent quatre-vingts'],
    [1000, 'mille'],
    [1001, 'mille un'],
    [2000, 'deux mille'],
    [80_000, 'quatre-vingt mille'],
    [180_000, 'cent quatre-vingt mille'],
    [200_000, 'deux cent mille'],
    [1_000_000, 'un million'],
    [2_000_000, 'deux millions'],
    [80_000_000, 'quatre-vingts millions'],
    [200_000_000, 'deux cents millions'],
    [1_080_000, 'un million quatre-vingt mille'],
    [
      999_999_999,
      'neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf',
    ],
  ])('%i → %s', (n, words) => {
    expect(nombreEnLettres(n)).toBe(words);
  });

  it('spells every number from 0 to 999 999 999 so that it reads back as itself, with the agreement of vingt and cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const words = nombreEnLettres(n);
        const tokens = words.split(' ');
        tokens.forEach((token, i) => {
          const next = tokens[i + 1];
          // Plural only at the very end or before "millions" (a noun); never before "mille" or another number.
          if (/(vingts|cents)$/.test(token)) expect(next === undefined || next === 'millions').toBe(true);
          // A bare "cent" or "quatre-vingt" at the very end must have taken its s (except "cent" alone as 100).
          if (next === undefined && token.endsWith('quatre-vingt'))
            expect.fail(`${words} : « quatre-vingt » final sans s`);
          if (
            next === undefined &&
            token === 'cent' &&
            tokens.length > 1 &&
            VALUES[tokens[i - 1] ?? ''] !== undefined &&
            tokens[i - 1] !== 'un'
          )
            expect.fail(`${words} : « cent » multiplié en fin sans s`);
        });
        expect(words).not.toMatch(/milles|(^|millions? )un mille|(^|mille |millions? )un cent\b/);
        expect(read(words)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what it cannot spell', () => {
    expect(() => nombreEnLettres(1_000_000_000_000)).toThrow(RangeError);
    expect(() => nombreEnLettres(-1)).toThrow(RangeError);
    expect(() => nombreEnLettres(1.5)).toThrow(RangeError);
  });
});

/** A plain reader of the words above (quatre-vingt handled as 80). */
function read(words: string): number {
  const normalized = words.replace(/quatre-vingts?/g, 'quatrevingt');
  let total = 0;
  let group = 0;
  for (const token of normalized
    .replace(/-/g, ' ')
    .split(' ')
    .filter((t) => t && t !== 'et')) {
    if (token === 'quatrevingt') group += 80;
    else if (token === 'cent' || token === 'cents') group = (group || 1) * 100;
    else if (token === 'mille') {
      total += (group || 1) * 1000;
      group = 0;
    } else if (token === 'million' || token === 'millions') {
      total += group * 1_000_000;
      group = 0;
    } else {
      const value = VALUES[token];
      if (value === undefined) throw new Error(`mot inconnu : ${token}`);
      group += value;
    }
  }
  return total + group;
}

describe('amounts in words', () => {
  it.each([
    [18_000_000, 'cent quatre-vingt mille euros'],
    [100, 'un euro'],
    [150, 'un euro et cinquante centimes'],
    [5, 'cinq centimes'],
    [1, 'un centime'],
    [100_000_000, 'un million d’euros'],
    [200_000_000_00, 'deux cents millions d’euros'],
    [1_250_050, 'douze mille cinq cents euros et cinquante centimes'],
    [8_000, 'quatre-vingts euros'],
  ])('%i centimes → %s', (cents, words) => {
    expect(montantEnLettres(cents)).toBe(words);
  });
});

describe('civility and typography', () => {
  it('agrees the office with the civility', () => {
    expect(appellation('Madame', 'Préfet')).toBe('Madame la Préfète');
    expect(appellation('Monsieur', 'Maire')).toBe('Monsieur le Maire');
    expect(appellation('Madame', 'Maire')).toBe('Madame la Maire');
    expect(appellation('Madame', 'Président')).toBe('Madame la Présidente');
    expect(fonctionAccordee('Madame', 'Sous-préfet')).toBe('Sous-préfète');
  });

  it('puts no-break spaces before : ; ! ? and inside « »', () => {
    expect(typographie('Objet : le contrat ; vraiment ? Oui !')).toBe(
      'Objet\u00a0: le contrat\u202f; vraiment\u202f? Oui\u202f!',
    );
    expect(typographie('« Accueil »')).toBe('«\u00a0Accueil\u00a0»');
    expect(typographie('Objet: x')).toBe('Objet\u00a0: x');
    expect(typographie('voir https://www.interieur.gouv.fr')).toBe('voir https://www.interieur.gouv.fr');
  });
});
