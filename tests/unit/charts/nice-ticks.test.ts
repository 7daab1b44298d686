import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../src/lib/charts/nice-ticks.ts';

describe('niceTicks', () => {
  it('rounds 0…353.797 out to 0…400.000 in steps of 100.000', () => {
    expect(niceTicks(0, 353797)).toEqual({ min: 0, max: 400000, step: 100000, ticks: [0, 100000, 200000, 300000, 400000] });
  });

  it('picks steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(0, 10).ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0, 100).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 23).ticks).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(0, 1234).step).toBe(200);
  });

  it('widens a domain that does not start or end on a step', () => {
    expect(niceTicks(13, 87)).toEqual({ min: 0, max: 100, step: 20, ticks: [0, 20, 40, 60, 80, 100] });
    expect(niceTicks(1013, 1087, 10).ticks).toEqual([1010, 1020, 1030, 1040, 1050, 1060, 1070, 1080, 1090]);
  });

  it('crosses zero for mixed signs', () => {
    expect(niceTicks(-3, 7).ticks).toEqual([-4, -2, 0, 2, 4, 6, 8]);
  });

  it('produces clean decimals for small steps', () => {
    expect(niceTicks(0.1, 0.7).ticks).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(niceTicks(0, 0.03).ticks).toEqual([0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03]);
  });

  it('accepts a reversed domain', () => {
    expect(niceTicks(10, 0).ticks).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('stretches an empty span to zero, or to 1 for zero itself', () => {
    expect(niceTicks(5, 5).ticks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(-5, -5).ticks).toEqual([-5, -4, -3, -2, -1, 0]);
    expect(niceTicks(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('honours the requested count', () => {
    expect(niceTicks(0, 100, 2).ticks).toEqual([0, 50, 100]);
    expect(niceTicks(0, 1, 10).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('rejects non-finite domains and counts below 1', () => {
    expect(() => niceTicks(0, Infinity)).toThrow(RangeError);
    expect(() => niceTicks(Number.NaN, 1)).toThrow(RangeError);
    expect(() => niceTicks(0, 1, 0)).toThrow(RangeError);
  });
});
