import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExactTwoSided } from '../../../src/lib/statistics/fisher-exact.ts';
import { logFactorial } from '../../../src/lib/statistics/log-factorial.ts';

/** Independent reference: exact hypergeometric probabilities with BigInt binomials, summed like R does. */
function referenceP(a: number, b: number, c: number, d: number): number {
  const choose = (n: number, k: number): bigint => {
    let r = 1n;
    for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
    return r;
  };
  const r1 = a + b;
  const c1 = a + c;
  const n = a + b + c + d;
  const weight = (x: number) => choose(r1, x) * choose(n - r1, c1 - x);
  const observed = weight(a);
  let sum = 0n;
  for (let x = Math.max(0, c1 - (n - r1)); x <= Math.min(r1, c1); x++) if (weight(x) <= observed) sum += weight(x);
  return Number(sum) / Number(choose(n, c1));
}

/** The full walk over the whole support (how the p-value was summed before the walk from the mode). */
function fullWalkP(a: number, b: number, c: number, d: number): number {
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const lw = (x: number) => -logFactorial(x) - logFactorial(r1 - x) - logFactorial(c1 - x) - logFactorial(r2 - c1 + x);
  const low = Math.max(0, c1 - r2);
  const high = Math.min(r1, c1);
  let peak = -Infinity;
  for (let x = low; x <= high; x++) peak = Math.max(peak, lw(x));
  const observed = Math.exp(lw(a) - peak);
  let total = 0;
  let extreme = 0;
  for (let x = low; x <= high; x++) {
    const w = Math.exp(lw(x) - peak);
    total += w;
    if (w <= observed * (1 + 1e-7)) extreme += w;
  }
  return Math.min(1, extreme / total);
}

describe('fisherExactTwoSided', () => {
  it('gives the sum over the whole support when it walks out from the mode, also on dashboard-sized counts', () => {
    const tables: [number, number, number, number][] = [
      [20_000, 80_000, 20_500, 79_500],
      [1_200, 300_000, 1_150, 310_000],
      [100_000, 2_000_000, 50_000, 900_000],
      [3, 250_000, 12, 240_000],
      [0, 500_000, 7, 400_000],
      [45_000, 5_000, 44_000, 6_100],
    ];
    for (const [a, b, c, d] of tables) {
      const full = fullWalkP(a, b, c, d);
      const fast = fisherExactTwoSided([[a, b], [c, d]]);
      if (full === 0) expect(fast).toBe(0);
      else expect(Math.abs(fast - full) / full, `${[a, b, c, d]}: ${fast} vs ${full}`).toBeLessThan(1e-9);
    }
  });

  it('matches R fisher.test on known tables', () => {
    expect(fisherExactTwoSided([[1, 9], [11, 3]])).toBeCloseTo(0.002759456, 9);
    expect(fisherExactTwoSided([[3, 1], [1, 3]])).toBeCloseTo(0.4857143, 7);
    expect(fisherExactTwoSided([[10, 0], [0, 10]])).toBeCloseTo(1.082509e-5, 10);
    expect(fisherExactTwoSided([[0, 5], [5, 0]])).toBeCloseTo(2 / 252, 12);
    expect(fisherExactTwoSided([[5, 5], [5, 5]])).toBe(1);
  });

  it('counts tables as likely as the observed one despite floating-point noise (symmetric twin)', () => {
    // [[2,3],[3,2]] and [[3,2],[2,3]] have exactly the same probability; both belong in the p-value.
    expect(fisherExactTwoSided([[2, 3], [3, 2]])).toBe(1);
  });

  it('returns 1 when a margin is zero', () => {
    expect(fisherExactTwoSided([[0, 0], [3, 4]])).toBe(1);
    expect(fisherExactTwoSided([[0, 7], [0, 4]])).toBe(1);
    expect(fisherExactTwoSided([[0, 0], [0, 0]])).toBe(1);
  });

  it('handles large counts without overflow', () => {
    const p = fisherExactTwoSided([[600, 400], [400, 600]]);
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(1e-15);
    expect(fisherExactTwoSided([[5000, 5000], [5000, 5000]])).toBeCloseTo(1, 12);
  });

  it('agrees with exact BigInt arithmetic and is symmetric in rows and columns', () => {
    fc.assert(
      fc.property(fc.nat(12), fc.nat(12), fc.nat(12), fc.nat(12), (a, b, c, d) => {
        const p = fisherExactTwoSided([[a, b], [c, d]]);
        if (a + b > 0 && c + d > 0 && a + c > 0 && b + d > 0) expect(p).toBeCloseTo(referenceP(a, b, c, d), 10);
        expect(fisherExactTwoSided([[c, d], [a, b]])).toBeCloseTo(p, 12);
        expect(fisherExactTwoSided([[a, c], [b, d]])).toBeCloseTo(p, 12);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('rejects counts that are not non-negative integers', () => {
    expect(() => fisherExactTwoSided([[1.5, 2], [3, 4]])).toThrow(RangeError);
    expect(() => fisherExactTwoSided([[-1, 2], [3, 4]])).toThrow(RangeError);
  });
});

describe('logFactorial', () => {
  it('is ln n! exactly for small n and grows on demand', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
    expect(logFactorial(170)).toBeCloseTo(706.5730622457874, 8);
    expect(() => logFactorial(-1)).toThrow(RangeError);
  });
});
