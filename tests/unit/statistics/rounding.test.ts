import { describe, expect, it } from 'vitest';
import { fromTenths, roundedRatio, toTenths } from '../../../src/lib/statistics/rounding.ts';

describe('rounding', () => {
  it('converts fte to tenths and back without float noise', () => {
    expect(toTenths(0.1 + 0.2)).toBe(3);
    expect(toTenths(12.5)).toBe(125);
    expect(fromTenths(3)).toBe(0.3);
    expect(Object.is(fromTenths(-0), 0)).toBe(true);
    expect(() => toTenths(Number.NaN)).toThrow(RangeError);
  });

  it('rounds ratios to one decimal, halves away from zero, exactly', () => {
    expect(roundedRatio(1, 8, 100)).toBe(12.5); // 12.5 exactly
    expect(roundedRatio(49, 400, 100)).toBe(12.3); // 12.25 → 12.3
    expect(roundedRatio(-49, 400, 100)).toBe(-12.3);
    expect(roundedRatio(49, -400, 100)).toBe(-12.3);
    expect(roundedRatio(1, 3, 100)).toBe(33.3);
    expect(roundedRatio(2, 3, 100)).toBe(66.7);
    expect(roundedRatio(0, 5, 100)).toBe(0);
    expect(roundedRatio(5, 0, 100)).toBeNull();
    // 1.005 × 100 is the classic float trap; integer inputs avoid it.
    expect(roundedRatio(2010, 2000, 100)).toBe(100.5);
    expect(() => roundedRatio(0.5, 1, 100)).toThrow(RangeError);
  });
});
