import { describe, expect, it } from 'vitest';
import { formatDutchNumber, formatDutchRange } from '../../../src/lib/maps/format-dutch-number.ts';

describe('formatDutchNumber', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatDutchNumber(1234)).toBe('1.234');
    expect(formatDutchNumber(353797)).toBe('353.797');
    expect(formatDutchNumber(2.85)).toBe('2,9');
    expect(formatDutchNumber(1234567.25, 2)).toBe('1.234.567,25');
  });

  it('rounds to whole numbers when asked and never prints -0', () => {
    expect(formatDutchNumber(2.5, 0)).toBe('3');
    expect(formatDutchNumber(-0.01)).toBe('0');
    expect(formatDutchNumber(-1234)).toBe('-1.234');
  });
});

describe('formatDutchRange', () => {
  it('joins two values with a spaced en dash', () => {
    expect(formatDutchRange(1234, 2345)).toBe('1.234 – 2.345');
  });

  it('shows a range whose ends format the same as one value', () => {
    expect(formatDutchRange(7, 7)).toBe('7');
    expect(formatDutchRange(7.01, 7.02)).toBe('7');
  });

  it('uses a custom formatter', () => {
    expect(formatDutchRange(1, 2, (v) => `${v}%`)).toBe('1% – 2%');
  });
});
