import { describe, expect, it } from 'vitest';
import { effectiveStatus, isOpenAt } from '../../../src/lib/vacancies/vacancy-status.ts';

// 2026-03-31 is summer time (CEST): the day ends at 2026-03-31T22:00:00Z.
const LAST_SECOND = new Date('2026-03-31T21:59:59.999Z');
const CLOSED = new Date('2026-03-31T22:00:00Z');

describe('isOpenAt', () => {
  it('is not open before its publication date (a row stored with gepubliceerd_op 2099-01-01)', () => {
    expect(isOpenAt({ status: 'open', gepubliceerd_op: '2099-01-01', sluitingsdatum: '2099-12-31' }, LAST_SECOND)).toBe(false);
    expect(effectiveStatus({ status: 'open', gepubliceerd_op: '2099-01-01', sluitingsdatum: '2099-12-31' }, LAST_SECOND)).toBe('gesloten');
    expect(isOpenAt({ status: 'open', gepubliceerd_op: '2026-03-31', sluitingsdatum: '2026-03-31' }, LAST_SECOND)).toBe(true);
  });

  it('handles a closing date of 9999-12-31 without an invalid date', () => {
    expect(isOpenAt({ status: 'open', sluitingsdatum: '9999-12-31' }, LAST_SECOND)).toBe(true);
  });

  it('is open until the last moment of the closing day in Amsterdam', () => {
    expect(isOpenAt({ status: 'open', sluitingsdatum: '2026-03-31' }, LAST_SECOND)).toBe(true);
    expect(isOpenAt({ status: 'open', sluitingsdatum: '2026-03-31' }, CLOSED)).toBe(false);
  });

  it('uses the winter offset in winter', () => {
    expect(isOpenAt({ status: 'open', sluitingsdatum: '2026-01-15' }, new Date('2026-01-15T22:59:59Z'))).toBe(true);
    expect(isOpenAt({ status: 'open', sluitingsdatum: '2026-01-15' }, new Date('2026-01-15T23:00:00Z'))).toBe(false);
  });

  it('is never open when the status is not open', () => {
    expect(isOpenAt({ status: 'gesloten', sluitingsdatum: '2026-03-31' }, new Date('2026-03-01T12:00:00Z'))).toBe(false);
    expect(isOpenAt({ status: 'vervuld', sluitingsdatum: '2026-03-31' }, new Date('2026-03-01T12:00:00Z'))).toBe(false);
  });
});

describe('effectiveStatus', () => {
  it('reports an open vacancy past its closing day as gesloten', () => {
    expect(effectiveStatus({ status: 'open', sluitingsdatum: '2026-03-31' }, LAST_SECOND)).toBe('open');
    expect(effectiveStatus({ status: 'open', sluitingsdatum: '2026-03-31' }, CLOSED)).toBe('gesloten');
  });

  it('keeps vervuld and gesloten as they are', () => {
    expect(effectiveStatus({ status: 'vervuld', sluitingsdatum: '2026-03-31' }, CLOSED)).toBe('vervuld');
    expect(effectiveStatus({ status: 'gesloten', sluitingsdatum: '2026-03-31' }, LAST_SECOND)).toBe('gesloten');
  });
});
