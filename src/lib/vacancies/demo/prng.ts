/**
 * A small seeded pseudo-random generator (mulberry32). Demo data must be reproducible: the same seed
 * gives the same sequence on every platform, which Math.random cannot promise.
 */

/** A seeded random source with the few draws the demo generator needs. */
export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
};

/** Creates a mulberry32 generator; any integer seed works (it is reduced to 32 bits). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty array');
      return items[Math.floor(next() * items.length)]!;
    },
  };
}

/** Draws items with probability proportional to their weight; built once, drawn from many times. */
export type WeightedPicker<T> = { draw(rng: Rng): T; readonly items: readonly T[] };

/**
 * Builds a weighted picker over items with positive weights (cumulative sums plus binary search, so
 * a draw costs O(log n) — the generator makes hundreds of thousands of them).
 */
export function weightedPicker<T>(items: readonly T[], weight: (item: T) => number): WeightedPicker<T> {
  const kept: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    const w = weight(item);
    if (!(w > 0)) continue;
    total += w;
    kept.push(item);
    cumulative.push(total);
  }
  if (kept.length === 0) throw new Error('weightedPicker needs at least one item with a positive weight');
  return {
    items: kept,
    draw(rng) {
      const target = rng.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid]! > target) hi = mid;
        else lo = mid + 1;
      }
      return kept[lo]!;
    },
  };
}
