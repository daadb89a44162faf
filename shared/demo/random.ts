// A small seeded random generator (mulberry32), so that demo data is the same for a seed.
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  digits(count: number): string;
  /**
   * A shuffled copy. Never `sort(() => random() - 0.5)`: how a sort calls an inconsistent
   * comparator is up to the engine (Chromium's varied from one run to the next), so the draws
   * after it, and the demo dossiers' ids, changed between two loads of the same seed.
   */
  shuffle<T>(items: readonly T[]): T[];
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('Liste vide.');
      return items[int(0, items.length - 1)]!;
    },
    chance: (probability) => next() < probability,
    digits: (count) => Array.from({ length: count }, () => int(0, 9)).join(''),
    shuffle: (items) => {
      // The draws and the order Node's sort gave with a random comparator (one run, then a binary
      // insertion of each next item), written out: the demo dossiers of a seed stay those of before.
      const copy = [...items];
      if (copy.length < 2) return copy;
      const before = () => next() < 0.5;
      const descending = before();
      let run = 2;
      while (run < copy.length && before() === descending) run++;
      if (descending) copy.splice(0, run, ...copy.slice(0, run).reverse());
      for (let start = run; start < copy.length; start++) {
        let left = 0;
        let right = start;
        while (left < right) {
          const middle = left + ((right - left) >> 1);
          if (before()) right = middle;
          else left = middle + 1;
        }
        copy.splice(left, 0, ...copy.splice(start, 1));
      }
      return copy;
    },
  };
}
