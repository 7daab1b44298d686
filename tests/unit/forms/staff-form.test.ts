import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FORM_EXPIRED, submitStaffForm } from '../../../src/lib/forms/staff-form.ts';

const session = { csrfToken: 'token-van-de-sessie' };
const schema = z.object({ naam: z.string().min(2, 'Vul een naam in.'), jaar: z.coerce.number().int() });
const post = (fields: Record<string, string>) => new Request('http://localhost/beheer/x', { method: 'POST', body: new URLSearchParams(fields) });

describe('a posted staff form', () => {
  it('saves a valid form and leads to the page the save names', async () => {
    const saved: unknown[] = [];
    const outcome = await submitStaffForm({ request: post({ _csrf: session.csrfToken, naam: 'Groningen', jaar: '2026' }), session, fields: ['naam', 'jaar'], schema, save: async (v) => { saved.push(v); return '/beheer/x?opgeslagen=1'; } });
    expect(outcome).toEqual({ redirect: '/beheer/x?opgeslagen=1' });
    expect(saved).toEqual([{ naam: 'Groningen', jaar: 2026 }]);
  });

  it('refuses a wrong CSRF token with 403, keeps what was typed and saves nothing', async () => {
    const outcome = await submitStaffForm({ request: post({ _csrf: 'oud', naam: 'Groningen', jaar: '2026' }), session, fields: ['naam', 'jaar'], schema, save: async () => { throw new Error('must not save'); } });
    expect(outcome).toEqual({ status: 403, form: { naam: 'Groningen', jaar: '2026' }, errors: { _: FORM_EXPIRED } });
  });

  it('shows the schema message per field (400), then what only the database knows', async () => {
    const invalid = await submitStaffForm({ request: post({ _csrf: session.csrfToken, naam: 'G', jaar: '2026' }), session, fields: ['naam', 'jaar'], schema, save: async () => '/' });
    expect(invalid).toMatchObject({ status: 400, errors: { naam: 'Vul een naam in.' } });
    const unknown = await submitStaffForm({ request: post({ _csrf: session.csrfToken, naam: 'Gelderland', jaar: '2026' }), session, fields: ['naam', 'jaar'], schema, check: () => ({ naam: 'Onbekende provincie.' }), save: async () => '/' });
    expect(unknown).toMatchObject({ status: 400, errors: { naam: 'Onbekende provincie.' } });
  });
});
