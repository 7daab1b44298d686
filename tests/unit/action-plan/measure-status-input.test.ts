import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../src/lib/forms/form-errors.ts';
import { measureStatusInput, todayInAmsterdam } from '../../../src/lib/action-plan/measure-status.ts';

// 23:30 UTC on 31 December is already 1 January in Amsterdam.
const now = new Date('2025-12-31T23:30:00Z');

describe('the measure status form', () => {
  it('takes today in Europe/Amsterdam, not UTC', () => {
    expect(todayInAmsterdam(now)).toBe('2026-01-01');
  });

  it('accepts a status for today with an empty note (stored as null)', () => {
    expect(measureStatusInput(now).parse({ maatregel: '1d', status: 'lopend', peildatum: '2026-01-01', notitie: '  ' })).toEqual({ maatregel: '1d', status: 'lopend', peildatum: '2026-01-01', notitie: null });
  });

  it('refuses an unknown measure, a future date, a date before the plan and a note of 1001 characters, per field in Dutch', () => {
    const result = measureStatusInput(now).safeParse({ maatregel: '8', status: 'klaar', peildatum: '2026-01-02', notitie: 'x'.repeat(1001) });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      maatregel: 'Kies een maatregel uit het actieplan.',
      status: 'Kies een status.',
      peildatum: 'De datum ligt in de toekomst.',
      notitie: 'De toelichting is te lang (hoogstens 1000 tekens).',
    });
    expect(fieldErrors(measureStatusInput(now).safeParse({ maatregel: '1a', status: 'gereed', peildatum: '2024-10-24', notitie: '' }).error!)).toEqual({ peildatum: 'De datum ligt vóór het actieplan (25 oktober 2024).' });
    expect(fieldErrors(measureStatusInput(now).safeParse({ maatregel: '1a', status: 'gereed', peildatum: '31-12-2025', notitie: '' }).error!)).toEqual({ peildatum: 'Vul een datum in als jjjj-mm-dd.' });
  });
});
