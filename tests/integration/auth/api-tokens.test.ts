import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from '../../../src/lib/auth/api-tokens.ts';
import { sha256Hex } from '../../../src/lib/auth/token-hash.ts';
import type { Database } from '../../../src/lib/db/database.ts';
import { createTestDatabase } from '../../support/test-database.ts';

let database: Database;
beforeAll(async () => { database = await createTestDatabase(); });
afterAll(async () => database?.close());

describe('organisation API tokens', () => {
  it('creates a rir_ token, stores only its sha256, and authenticates it as the organisation', async () => {
    const { id, token } = await createApiToken(database.db, { organisatieCode: 'duo', label: 'ATS koppeling' });
    expect(token).toMatch(/^rir_[A-Za-z0-9_-]{43}$/);
    const row = await database.db.selectFrom('api_token').select(['organisatie_code', 'label', 'token_hash', 'ingetrokken_op']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ organisatie_code: 'duo', label: 'ATS koppeling', token_hash: sha256Hex(token), ingetrokken_op: null });
    expect(await authenticateApiToken(database.db, `Bearer ${token}`)).toBe('duo');
  });

  it.each([
    ['no header', null],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['an unknown token', `Bearer rir_${'Z'.repeat(43)}`],
    ['a malformed token', 'Bearer rir_kort'],
  ])('authenticates nothing for %s', async (_name, header) => {
    expect(await authenticateApiToken(database.db, header)).toBeNull();
  });

  it('stops authenticating a revoked token; revoking twice reports false', async () => {
    const { id, token } = await createApiToken(database.db, { organisatieCode: 'rvo', label: 'Tijdelijk' });
    const other = await createApiToken(database.db, { organisatieCode: 'rvo', label: 'Blijft' });
    expect(await revokeApiToken(database.db, id, new Date('2026-03-02T10:00:00Z'))).toBe(true);
    expect(await authenticateApiToken(database.db, `Bearer ${token}`)).toBeNull();
    expect(await authenticateApiToken(database.db, `Bearer ${other.token}`)).toBe('rvo');
    expect(await revokeApiToken(database.db, id)).toBe(false);
    expect(await revokeApiToken(database.db, 999_999)).toBe(false);
    const listed = await listApiTokens(database.db, 'rvo');
    expect(listed.map((t) => [t.label, t.ingetrokkenOp])).toEqual([['Blijft', null], ['Tijdelijk', new Date('2026-03-02T10:00:00Z')]]);
  });

  it('refuses an unknown organisation and an empty label', async () => {
    await expect(createApiToken(database.db, { organisatieCode: 'bestaat-niet', label: 'x' })).rejects.toThrow('Onbekende organisatie "bestaat-niet".');
    await expect(createApiToken(database.db, { organisatieCode: 'duo', label: '  ' })).rejects.toThrow('Geef het token een label, bijvoorbeeld de naam van de koppeling.');
  });
});
