import { describe, expect, it } from 'vitest';
import {
  KEY_MODULUS,
  MAX_NOISE,
  NOISE_VARIANCE,
  PTABLE,
  holmAdjust,
  noiseFor,
  perturbCount,
  possibleTrueCounts,
  presentCount,
  presentShare,
  publishStages,
  recordKey,
} from '../../../src/lib/disclosure/cell-key/index.ts';

describe('ptable', () => {
  it('has mean 0, the stated variance, at most the maximum noise and never a negative result', () => {
    PTABLE.forEach((row, n) => {
      const total = row.probability.reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 12);
      const mean = row.noise.reduce((s, d, i) => s + d * row.probability[i]!, 0);
      expect(mean).toBeCloseTo(0, 12);
      for (const d of row.noise) {
        expect(Math.abs(d)).toBeLessThanOrEqual(MAX_NOISE);
        expect(n + d).toBeGreaterThanOrEqual(0);
      }
    });
    const large = PTABLE.at(-1)!;
    expect(large.noise.reduce((s, d, i) => s + d * d * large.probability[i]!, 0)).toBeCloseTo(NOISE_VARIANCE, 12);
  });

  it('keeps a true 0 at 0 and picks the noise by the interval the cell key falls in', () => {
    expect(perturbCount(0, 123456)).toBe(0);
    expect(noiseFor(50, 0)).toBe(-3);
    expect(noiseFor(50, 0.019)).toBe(-3);
    expect(noiseFor(50, 0.021)).toBe(-2);
    expect(noiseFor(50, 0.5)).toBe(0);
    expect(noiseFor(50, 0.999)).toBe(3);
    expect(noiseFor(1, 0.1)).toBe(-1);
  });

  it('gives the same set of records the same value, whatever order they are summed in', () => {
    const keys = [recordKey('a'.repeat(64), 'v1'), recordKey('b'.repeat(64), 'v1'), recordKey('c'.repeat(64), null)];
    const forward = keys.reduce((s, k) => (s + k) % KEY_MODULUS, 0);
    const backward = [...keys].reverse().reduce((s, k) => (s + k) % KEY_MODULUS, 0);
    expect(perturbCount(37, forward)).toBe(perturbCount(37, backward));
  });

  it('lets a reader conclude only a window of 7 true values from a shown count', () => {
    expect(possibleTrueCounts(10)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(possibleTrueCounts(0)).toEqual([0, 1, 2, 3]);
  });
});

describe('record key', () => {
  it('is the first 32 bits of MD5(pseudonym:vacancy), as the database computes it', () => {
    // md5('abc:def') = 4b35f12a…; PGlite returned 1261826346 for rir_record_sleutel('abc', 'def')
    expect(recordKey('abc', 'def')).toBe(0x4b35f12a);
    expect(recordKey('abc', null)).toBe(recordKey('abc', ''));
  });
});

describe('presentation', () => {
  it('shows 0 to 9 as "<10" and 10 and up as the number', () => {
    for (let p = 0; p < 10; p++) expect(presentCount(p).display).toBe('<10');
    expect(presentCount(10)).toEqual({ kind: 'value', value: 10, display: '10' });
    expect(presentCount(1234).display).toBe('1.234');
  });

  it('shows a percentage only with a denominator of 50 or more and a shown numerator', () => {
    expect(presentShare(10, 49).kind).toBe('suppressed');
    expect(presentShare(9, 50).kind).toBe('suppressed');
    expect(presentShare(10, 50)).toMatchObject({ value: 20, display: '20%' });
  });

  it('makes stage counts non-increasing from published values only', () => {
    // Key sums chosen so that hires get +3 and interviews −3 (see noiseFor): 40, 37 → 37, and so on.
    const low = 0;
    const high = KEY_MODULUS - 1;
    expect(publishStages([{ n: 40, k: high }, { n: 40, k: low }, { n: 38, k: high }, { n: 5, k: low }])).toEqual([43, 37, 37, 2]);
  });
});

describe('Holm correction', () => {
  it('multiplies the smallest p by m, the next by m − 1, and keeps the sequence monotone', () => {
    expect(holmAdjust([0.01, 0.04, 0.03])).toEqual([0.03, 0.06, 0.06]);
    expect(holmAdjust([0.5, 0.001])).toEqual([0.5, 0.002]);
  });
});
