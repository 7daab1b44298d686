import { describe, expect, it } from 'vitest';
import { retentionDate, type RetentionInput } from '../../../src/lib/intake/retention-policy.ts';

const input = (extra: Partial<RetentionInput>): RetentionInput => ({
  sollicitatiedatum: '2026-01-10',
  datumGesprek: null,
  datumAanbod: null,
  datumIndiensttreding: null,
  uitkomst: 'afgewezen',
  toestemming: false,
  ...extra,
});

describe('retentionDate', () => {
  it('keeps an ended procedure 4 weeks after its latest date, or a year with consent', () => {
    expect(retentionDate(input({}))).toBe('2026-02-07');
    expect(retentionDate(input({ datumGesprek: '2026-02-01' }))).toBe('2026-03-01');
    expect(retentionDate(input({ datumGesprek: '2026-02-01', toestemming: true }))).toBe('2027-02-01');
    expect(retentionDate(input({ uitkomst: 'aangenomen', datumAanbod: '2026-02-15', datumIndiensttreding: '2026-04-01' }))).toBe('2026-04-29');
  });

  it('treats a running procedure as ended a year after its latest date', () => {
    expect(retentionDate(input({ uitkomst: 'lopend' }))).toBe('2027-02-07');
  });

  it('follows a configured policy', () => {
    expect(retentionDate(input({ toestemming: true }), { days: 14, daysWithConsent: 180, openProcedureDays: 90 })).toBe('2026-07-09');
    expect(retentionDate(input({ uitkomst: 'lopend' }), { days: 14, daysWithConsent: 180, openProcedureDays: 90 })).toBe('2026-04-24');
  });
});
