import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/lib/statistics/wilson-interval.ts';

const rounded = (i: { estimate: number; lower: number; upper: number }) => [i.estimate, Number(i.lower.toFixed(3)), Number(i.upper.toFixed(3))];

describe('wilsonInterval', () => {
  it('gives the textbook 95% intervals', () => {
    expect(rounded(wilsonInterval(8, 10))).toEqual([0.8, 0.49, 0.943]);
    expect(rounded(wilsonInterval(50, 100))).toEqual([0.5, 0.404, 0.596]);
    expect(rounded(wilsonInterval(1, 20))).toEqual([0.05, 0.009, 0.236]);
  });

  it('stays inside [0, 1] at zero and all successes', () => {
    expect(rounded(wilsonInterval(0, 10))).toEqual([0, 0, 0.278]);
    expect(rounded(wilsonInterval(10, 10))).toEqual([1, 0.722, 1]);
  });

  it('is uninformative without trials and refuses impossible input', () => {
    expect(wilsonInterval(0, 0)).toEqual({ estimate: 0, lower: 0, upper: 1 });
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
  });

  it('narrows with a smaller z', () => {
    const wide = wilsonInterval(8, 10);
    const narrow = wilsonInterval(8, 10, 1);
    expect(narrow.lower).toBeGreaterThan(wide.lower);
    expect(narrow.upper).toBeLessThan(wide.upper);
  });
});
