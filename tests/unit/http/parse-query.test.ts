import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseQuery } from '../../../src/lib/http/problem.ts';

const schema = z.strictObject({ jaar: z.coerce.number('jaar moet een jaartal zijn').int().min(2000, 'jaar vanaf 2000') });

describe('parseQuery', () => {
  it('gives the parsed data', () => {
    expect(parseQuery(schema, new URLSearchParams('jaar=2026'))).toEqual({ ok: true, data: { jaar: 2026 } });
  });

  it('answers 400 problem+json naming each wrong and each unknown parameter', async () => {
    const result = parseQuery(schema, new URLSearchParams('jaar=1999&kleur=rood'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(400);
    expect(result.response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await result.response.json()) as { invalidParams: { name: string; reason: string }[] };
    expect(body.invalidParams).toEqual(expect.arrayContaining([{ name: 'jaar', reason: 'jaar vanaf 2000' }, { name: 'kleur', reason: 'onbekende parameter' }]));
  });
});
