import { describe, expect, it } from 'vitest';
import { createRng, weightedPicker } from '../../../../src/lib/vacancies/demo/prng.ts';

describe('createRng (mulberry32)', () => {
  it('produces the reference mulberry32 sequence for seed 1', () => {
    const rng = createRng(1);
    expect([rng.next(), rng.next(), rng.next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('repeats the same draws for the same seed and differs for another seed', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 5 }, () => rng.int(1, 6));
    };
    expect(draw(42)).toEqual([4, 3, 6, 5, 2]);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(43)).not.toEqual(draw(42));
  });

  it('keeps int() within both inclusive bounds', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(3, 5));
    expect([...seen].sort()).toEqual([3, 4, 5]);
  });

  it('refuses to pick from an empty array', () => {
    expect(() => createRng(1).pick([])).toThrow('empty');
  });
});

describe('weightedPicker', () => {
  it('never draws an item with weight 0', () => {
    const rng = createRng(3);
    const picker = weightedPicker(['a', 'b', 'c'], (x) => (x === 'b' ? 0 : 1));
    const drawn = new Set(Array.from({ length: 500 }, () => picker.draw(rng)));
    expect([...drawn].sort()).toEqual(['a', 'c']);
    expect(picker.items).toEqual(['a', 'c']);
  });

  it('draws roughly in proportion to the weights', () => {
    const rng = createRng(11);
    const picker = weightedPicker(['x', 'y'], (v) => (v === 'x' ? 3 : 1));
    let x = 0;
    for (let i = 0; i < 10_000; i++) if (picker.draw(rng) === 'x') x++;
    expect(x / 10_000).toBeGreaterThan(0.72);
    expect(x / 10_000).toBeLessThan(0.78);
  });

  it('throws when no item has a positive weight', () => {
    expect(() => weightedPicker(['a'], () => 0)).toThrow('positive weight');
  });
});
