import { describe, expect, it } from 'vitest';
import { publishRate } from '../../../src/lib/disclosure/index.ts';

const noemer = {
  kind: 'suppressed',
  reason: 'noemer',
  display: '…',
  explanation: 'Percentage niet getoond: minder dan 50 waarnemingen in de noemer.',
  explanationEn: 'Percentage not shown: fewer than 50 observations in the denominator.',
};

describe('publishRate', () => {
  it('hides a percentage with a denominator of 49 and shows it from 50', () => {
    expect(publishRate(20, 49)).toEqual(noemer);
    expect(publishRate(20, 50)).toEqual({ kind: 'value', value: 40, display: '40%' });
  });

  it('hides a zero denominator instead of dividing by it', () => {
    expect(publishRate(0, 0)).toEqual(noemer);
  });

  it('hides a percentage whose numerator is 1..9', () => {
    expect(publishRate(9, 100)).toMatchObject({ kind: 'suppressed', reason: 'primair', display: '…' });
    expect(publishRate(10, 100)).toEqual({ kind: 'value', value: 10, display: '10%' });
  });

  it('hides a share whose remainder is 1..9, because it reveals that small group', () => {
    expect(publishRate(91, 100)).toMatchObject({ kind: 'suppressed', reason: 'primair' });
    expect(publishRate(90, 100)).toEqual({ kind: 'value', value: 90, display: '90%' });
    expect(publishRate(91, 100, { partOfWhole: false })).toEqual({ kind: 'value', value: 91, display: '91%' });
  });

  it('shows 0% and 100% when zeros are shown', () => {
    expect(publishRate(0, 60)).toEqual({ kind: 'value', value: 0, display: '0%' });
    expect(publishRate(60, 60)).toEqual({ kind: 'value', value: 100, display: '100%' });
    expect(publishRate(0, 60, { policy: { suppressZeros: true } })).toMatchObject({ reason: 'primair' });
  });

  it('rounds halves up with a Dutch decimal comma', () => {
    expect(publishRate(25, 200, { decimals: 0 })).toEqual({ kind: 'value', value: 13, display: '13%' });
    expect(publishRate(20, 80, { decimals: 1 })).toEqual({ kind: 'value', value: 25, display: '25,0%' });
    expect(publishRate(37, 60, { decimals: 1 })).toEqual({ kind: 'value', value: 61.7, display: '61,7%' });
  });

  it('gives a rate per thousand without a percent sign', () => {
    expect(publishRate(12, 1600, { scale: 1000, decimals: 1 })).toEqual({ kind: 'value', value: 7.5, display: '7,5' });
  });

  it('uses the policy denominator threshold in the explanation', () => {
    expect(publishRate(40, 80, { policy: { minDenominator: 100 } })).toMatchObject({
      reason: 'noemer',
      explanation: 'Percentage niet getoond: minder dan 100 waarnemingen in de noemer.',
    });
  });

  it('rejects a share above the whole and nonsensical options', () => {
    expect(() => publishRate(61, 60)).toThrow(RangeError);
    expect(() => publishRate(10, 60, { decimals: -1 })).toThrow(RangeError);
    expect(() => publishRate(10, 60, { scale: 0 })).toThrow(RangeError);
  });
});
