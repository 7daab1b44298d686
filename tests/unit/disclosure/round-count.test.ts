import { describe, expect, it } from 'vitest';
import { DEFAULT_DISCLOSURE_POLICY, publishCount, resolvePolicy, roundToStep } from '../../../src/lib/disclosure/index.ts';

const primary = {
  kind: 'suppressed',
  reason: 'primair',
  display: '<10',
  explanation: 'Minder dan 10 waarnemingen: niet getoond om herleidbaarheid te voorkomen.',
  explanationEn: 'Fewer than 10 observations: not shown to prevent identification.',
};

describe('DEFAULT_DISCLOSURE_POLICY', () => {
  it('holds the product owner thresholds and shows zeros by default', () => {
    expect(DEFAULT_DISCLOSURE_POLICY).toEqual({ minCount: 10, rounding: 5, minDenominator: 50, suppressZeros: false });
    expect(Object.isFrozen(DEFAULT_DISCLOSURE_POLICY)).toBe(true);
  });

  it('rejects thresholds that would switch protection off', () => {
    expect(() => resolvePolicy({ minCount: 0 })).toThrow(RangeError);
    expect(() => resolvePolicy({ rounding: 2.5 })).toThrow(RangeError);
    expect(() => resolvePolicy({ minDenominator: Number.NaN })).toThrow(RangeError);
  });
});

describe('roundToStep', () => {
  it('rounds to the nearest 5 with halves up', () => {
    expect([10, 11, 12, 13, 14, 15, 17, 18, 22, 23].map((n) => roundToStep(n, 5))).toEqual([
      10, 10, 10, 15, 15, 15, 15, 20, 20, 25,
    ]);
  });

  it('rounds exact halves up with an even step and leaves counts alone with step 1', () => {
    expect([5, 15, 14].map((n) => roundToStep(n, 10))).toEqual([10, 20, 10]);
    expect(roundToStep(13, 1)).toBe(13);
  });
});

describe('publishCount', () => {
  it('hides 1..9 and shows 10 and 11 as 10', () => {
    expect(publishCount(1)).toEqual(primary);
    expect(publishCount(9)).toEqual(primary);
    expect(publishCount(10)).toEqual({ kind: 'value', value: 10, display: '10' });
    expect(publishCount(11)).toEqual({ kind: 'value', value: 10, display: '10' });
  });

  it('rounds 12 down and 13 up, and formats thousands the Dutch way', () => {
    expect(publishCount(12)).toEqual({ kind: 'value', value: 10, display: '10' });
    expect(publishCount(13)).toEqual({ kind: 'value', value: 15, display: '15' });
    expect(publishCount(1233)).toEqual({ kind: 'value', value: 1235, display: '1.235' });
  });

  it('shows 0 as "0" by default', () => {
    expect(publishCount(0)).toEqual({ kind: 'value', value: 0, display: '0' });
  });

  it('hides 0 when zeros are suppressed, unless the zero is declared structural', () => {
    expect(publishCount(0, { suppressZeros: true })).toEqual(primary);
    expect(publishCount(0, { suppressZeros: true }, { structuralZero: true })).toEqual({ kind: 'value', value: 0, display: '0' });
  });

  it('words the display and explanation with a custom threshold', () => {
    expect(publishCount(19, { minCount: 20 })).toMatchObject({
      display: '<20',
      explanation: expect.stringMatching(/^Minder dan 20 /),
    });
    expect(publishCount(20, { minCount: 20, rounding: 1 })).toEqual({ kind: 'value', value: 20, display: '20' });
  });

  it('rejects negative and fractional counts', () => {
    expect(() => publishCount(-1)).toThrow(RangeError);
    expect(() => publishCount(2.5)).toThrow(RangeError);
  });
});
