import { describe, expect, it } from 'vitest';
import { isQuarter, nextQuarter, quarterLabel, quarterOf, quarterRange } from '../../../src/lib/intake/quarter.ts';

describe('quarters', () => {
  it('maps dates to quarters at the boundaries', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-10-01', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-Q4',
    ]);
  });

  it('lists ranges across years, and nothing for a reversed range', () => {
    expect(quarterRange('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quarterRange('2026-Q2', '2026-Q1')).toEqual([]);
    expect(nextQuarter('2025-Q4')).toBe('2026-Q1');
    expect(() => quarterRange('2026-Q5', '2026-Q1')).toThrow(RangeError);
  });

  it('validates and labels', () => {
    expect([isQuarter('2026-Q4'), isQuarter('2026-4'), isQuarter('2026-Q0')]).toEqual([true, false, false]);
    expect(quarterLabel('2026-Q4')).toBe('4e kwartaal 2026');
  });
});
