import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../../src/lib/inventory/largest-remainder.ts';

describe('apportion (largest remainder)', () => {
  it('splits proportionally and gives leftover units to the largest remainders', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]); // tie: lowest index first
    expect(apportion(10, [5, 3, 2])).toEqual([5, 3, 2]);
    expect(apportion(7, [2, 1])).toEqual([5, 2]); // 4.67 / 2.33
    expect(apportion(1, [1, 2])).toEqual([0, 1]);
    expect(apportion(0, [3, 0])).toEqual([0, 0]);
    expect(apportion(5, [0, 4])).toEqual([0, 5]);
  });

  it('refuses what it cannot split', () => {
    expect(() => apportion(5, [0, 0])).toThrow(RangeError);
    expect(() => apportion(5, [])).toThrow(RangeError);
    expect(() => apportion(-1, [1])).toThrow(RangeError);
    expect(() => apportion(1.5, [1])).toThrow(RangeError);
    expect(() => apportion(1, [0.5])).toThrow(RangeError);
    expect(apportion(0, [])).toEqual([]);
  });

  it('always sums to the total, each part within one unit of its exact quota', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.array(fc.nat(5_000_000_000), { minLength: 1, maxLength: 30 }).filter((w) => w.some((x) => x > 0)), (total, weights) => {
        const parts = apportion(total, weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1 + 1e-6));
      }),
    );
  });
});
