import { describe, expect, it } from 'vitest';
import { headlinePeriods, periodLabel, previousPeriod, previousQuarter, quarterEndExclusive, quarterStart } from '../../../src/lib/intake/period.ts';

describe('quarter periods', () => {
  it('steps back over a year boundary', () => {
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
    expect(() => previousQuarter('2026-Q5')).toThrow(RangeError);
  });

  it('gives the equally long period directly before', () => {
    expect(previousPeriod({ from: '2026-Q3', to: '2026-Q3' })).toEqual({ from: '2026-Q2', to: '2026-Q2' });
    expect(previousPeriod({ from: '2026-Q1', to: '2026-Q2' })).toEqual({ from: '2025-Q3', to: '2025-Q4' });
    expect(previousPeriod({ from: '2025-Q4', to: '2026-Q3' })).toEqual({ from: '2024-Q4', to: '2025-Q3' });
    expect(() => previousPeriod({ from: '2026-Q2', to: '2026-Q1' })).toThrow(RangeError);
  });

  it('knows the first day of a quarter and the day after its end', () => {
    expect(quarterStart('2026-Q1')).toBe('2026-01-01');
    expect(quarterStart('2026-Q4')).toBe('2026-10-01');
    expect(quarterEndExclusive('2026-Q4')).toBe('2027-01-01');
    expect(quarterEndExclusive('2026-Q2')).toBe('2026-07-01');
  });

  it('names periods in Dutch words, never as codes', () => {
    expect(periodLabel('2026-Q1', '2026-Q1')).toBe('1e kwartaal 2026');
    expect(periodLabel('2026-Q1', '2026-Q3')).toBe('1e t/m 3e kwartaal 2026');
    expect(periodLabel('2025-Q4', '2026-Q2')).toBe('4e kwartaal 2025 t/m 2e kwartaal 2026');
    expect(periodLabel(undefined, undefined)).toBe('alle kwartalen');
    expect(periodLabel('2026-Q2', undefined)).toBe('vanaf 2e kwartaal 2026');
    expect(periodLabel(undefined, '2026-Q2')).toBe('tot en met 2e kwartaal 2026');
  });

  it('compares the latest quarter with the one before when no period is chosen', () => {
    expect(headlinePeriods({}, ['2025-Q4', '2026-Q1', '2026-Q2'])).toEqual({ current: { from: '2026-Q2', to: '2026-Q2' }, previous: { from: '2026-Q1', to: '2026-Q1' }, chosen: false });
    expect(headlinePeriods({ van: '2026-Q1' }, ['2025-Q4', '2026-Q1', '2026-Q2'])).toEqual({ current: { from: '2026-Q1', to: '2026-Q2' }, previous: { from: '2025-Q3', to: '2025-Q4' }, chosen: true });
    expect(headlinePeriods({ tot: '2025-Q4' }, ['2025-Q4', '2026-Q1'])).toEqual({ current: { from: '2025-Q4', to: '2025-Q4' }, previous: { from: '2025-Q3', to: '2025-Q3' }, chosen: true });
    expect(headlinePeriods({}, [])).toBeNull();
    expect(headlinePeriods({ van: '2026-Q2', tot: '2026-Q1' }, ['2026-Q1', '2026-Q2'])).toBeNull();
  });
});
