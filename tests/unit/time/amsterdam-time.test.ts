import { describe, expect, it } from 'vitest';
import { addDays, amsterdamDate, closingInstant, daysBetween, isIsoDateWithin, startOfAmsterdamDay } from '../../../src/lib/time/amsterdam-time.ts';

describe('closingInstant', () => {
  it('ends a winter day at 23:00 UTC (CET, +01:00)', () => {
    expect(closingInstant('2026-03-28').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(closingInstant('2026-12-31').toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('ends the day of the spring-forward night at 22:00 UTC (the next midnight is CEST, +02:00)', () => {
    expect(closingInstant('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('ends a summer day at 22:00 UTC', () => {
    expect(closingInstant('2026-07-01').toISOString()).toBe('2026-07-01T22:00:00.000Z');
  });

  it('ends the day before the fall-back night at 22:00 UTC and that day itself at 23:00 UTC', () => {
    expect(closingInstant('2026-10-24').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(closingInstant('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('startOfAmsterdamDay', () => {
  it('starts the DST days at the Amsterdam midnight', () => {
    expect(startOfAmsterdamDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfAmsterdamDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfAmsterdamDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfAmsterdamDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('amsterdamDate', () => {
  it('switches date at the Amsterdam midnight, not the UTC one', () => {
    expect(amsterdamDate(new Date('2026-11-29T22:59:59Z'))).toBe('2026-11-29');
    expect(amsterdamDate(new Date('2026-11-29T23:00:00Z'))).toBe('2026-11-30');
    expect(amsterdamDate(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
    expect(amsterdamDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('turns the year at 23:00 UTC on 31 December', () => {
    expect(amsterdamDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});

describe('addDays', () => {
  it('crosses month and year ends and handles leap years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('is unaffected by the DST nights and adds zero or many days', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 0)).toBe('2026-10-25');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });
});

describe('daysBetween', () => {
  it('counts whole days b − a, negative when b is earlier', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-05-01', '2026-05-01')).toBe(0);
    expect(daysBetween('2026-05-02', '2026-05-01')).toBe(-1);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });
});

describe('never an invalid date (a stored 9999-12-31 once stopped the server from starting)', () => {
  it('keeps 9999-12-31 plus one day within year 9999 and closes on a valid instant', () => {
    expect(addDays('9999-12-31', 1)).toBe('9999-12-31');
    expect(Number.isNaN(closingInstant('9999-12-31').getTime())).toBe(false);
    expect(() => closingInstant('9999-12-31').toISOString()).not.toThrow();
  });

  it('gives valid instants for what PostgreSQL may return beyond the usual range', () => {
    for (const text of ['10000-01-01', '0044-03-15 BC', '0001-01-01', 'geen datum', '']) {
      expect(Number.isNaN(startOfAmsterdamDay(text).getTime())).toBe(false);
      expect(Number.isNaN(closingInstant(text).getTime())).toBe(false);
    }
    expect(addDays('0001-01-01', -1)).toBe('0001-01-01');
    expect(addDays('0099-06-30', 1)).toBe('0099-07-01');
  });
});

describe('isIsoDateWithin', () => {
  it('accepts real dates within the bounds and rejects others', () => {
    expect(isIsoDateWithin('2026-03-31', '2000-01-01', '2028-12-31')).toBe(true);
    expect(isIsoDateWithin('2026-02-30', '2000-01-01', '2028-12-31')).toBe(false);
    expect(isIsoDateWithin('1999-12-31', '2000-01-01', '2028-12-31')).toBe(false);
    expect(isIsoDateWithin('9999-12-31', '2000-01-01', '2028-12-31')).toBe(false);
    expect(isIsoDateWithin('10000-01-01', '0001-01-01', '9999-12-31')).toBe(false);
  });
});
