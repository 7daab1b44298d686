import { describe, expect, it } from 'vitest';
import { exactDays, MEDIAN_MIN_GROUP, publishTimeToHire, roundedWeeks } from '../../../src/lib/intake/time-to-hire.ts';

describe('time to hire, published', () => {
  it('rounds a median to whole weeks for others', () => {
    expect(roundedWeeks(3)).toBe('minder dan een week');
    expect(roundedWeeks(4)).toBe('ongeveer 1 week');
    expect(roundedWeeks(24.5)).toBe('ongeveer 4 weken');
    expect(roundedWeeks(80)).toBe('ongeveer 11 weken');
  });

  it('shows the organisation itself exact days', () => {
    expect(exactDays(23)).toBe('23 dagen');
    expect(exactDays(22.5)).toBe('22,5 dagen');
    expect(exactDays(1)).toBe('1 dag');
  });

  it('hides the median from others below 50 applications; the group size is a cell-key count', () => {
    const stats = { toOffer: { n: MEDIAN_MIN_GROUP - 1, k: 123_456, medianDays: 20 }, toStart: { n: 200, k: 987_654_321, medianDays: 61 } };
    const others = publishTimeToHire(stats, false);
    expect(others.map((d) => [d.label, d.median, d.shown])).toEqual([
      ['Van sollicitatie tot aanbod', 'niet getoond: minder dan 50 sollicitaties', false],
      ['Van sollicitatie tot eerste werkdag', 'ongeveer 9 weken', true],
    ]);
    // Published counts deviate by at most 3 from the true count.
    expect(others[1]!.n.kind).toBe('value');
    expect(Math.abs((others[1]!.n.kind === 'value' ? others[1]!.n.value : 0) - 200)).toBeLessThanOrEqual(3);
    const own = publishTimeToHire(stats, true);
    expect(own.map((d) => [d.n.display, d.median])).toEqual([['49', '20 dagen'], ['200', '61 dagen']]);
  });

  it('never shows a small group size to others, and says when there are no dates', () => {
    const stats = { toOffer: { n: 3, k: 42, medianDays: 12 }, toStart: { n: 0, k: 0, medianDays: null } };
    const published = publishTimeToHire(stats, false);
    expect(published[0]!.n).toMatchObject({ kind: 'suppressed', display: '<10' });
    expect(published[0]!.median).toBe('niet getoond: minder dan 50 sollicitaties');
    expect(published[1]!.median).toBe('geen gegevens');
    expect(publishTimeToHire(stats, true)[0]!.n.display).toBe('3');
  });
});
