// Every demo dossier, whatever the seed and count, is one the app accepts: the generator reaches
// each step through the workflow's own rules (it throws on a refusal), and the result validates.
import { describe, expect, it } from 'vitest';
import { validateDossier } from '../../../shared/dossier/validation';
import { seededRandom } from '../../../shared/demo/random';
import { demoDossiers } from '../helpers/demo';

function problems(seed: number, count: number): string[] {
  return demoDossiers({ seed, count }).flatMap((dossier) => {
    const result = validateDossier(dossier);
    return result.ok ? [] : [`${dossier.numero} : ${result.problems.map((p) => p.message).join(' ')}`];
  });
}

describe('demo dossiers', () => {
  it('are valid for many seeds (the step dates, the arrêté de délégation before the signature)', () => {
    for (let seed = 0; seed < 20; seed++) expect(problems(seed, 120), `graine ${seed}`).toEqual([]);
  });

  it('are valid for a large count (`ctai demo --count 3000 --seed 3` once failed on a date)', () => {
    expect(problems(3, 3000)).toEqual([]);
  });

  it('are the same for a seed: same ids and numbers, so that loading them again replaces them', () => {
    const first = demoDossiers({ seed: 2026, count: 50 });
    const again = demoDossiers({ seed: 2026, count: 50 });
    expect(again.map((d) => [d.id, d.numero])).toEqual(first.map((d) => [d.id, d.numero]));
    expect(new Set(first.map((d) => d.id)).size).toBe(50);
  });
});

describe('the seeded shuffle', () => {
  it('gives the order and the draws of Node’s sort with a random comparator (earlier seeds keep their dossiers)', () => {
    for (let seed = 0; seed < 300; seed++) {
      const items = Array.from({ length: seed % 12 }, (_, i) => i);
      const shuffled = seededRandom(seed);
      const sorted = seededRandom(seed);
      expect(shuffled.shuffle(items)).toEqual([...items].sort(() => sorted.next() - 0.5));
      expect(shuffled.next()).toBe(sorted.next());
    }
  });
});
