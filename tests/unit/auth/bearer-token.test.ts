import { describe, expect, it } from 'vitest';
import { bearerToken } from '../../../src/lib/auth/api-tokens.ts';

describe('bearerToken', () => {
  const token = `rir_${'b'.repeat(43)}`;
  it.each([
    [`Bearer ${token}`, token],
    [`bearer ${token}`, token],
    [`Bearer  ${token} `, token],
    [`Basic ${token}`, null],
    [`Bearer ${token.slice(0, -1)}`, null],
    [`Bearer xyz_${'b'.repeat(43)}`, null],
    [`Bearer ${token} extra`, null],
    ['', null],
    [null, null],
  ])('%s → %s', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});
