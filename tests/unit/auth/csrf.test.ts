import { describe, expect, it } from 'vitest';
import { CSRF_FIELD, csrfTokenFromRequest, verifyCsrf } from '../../../src/lib/auth/csrf.ts';

describe('verifyCsrf', () => {
  const session = { csrfToken: 'abcDEF123_-abcDEF123_-abcDEF123_-abcDEF1234' };
  it('accepts the session token', () => {
    expect(verifyCsrf(session, session.csrfToken)).toBe(true);
  });
  it.each([
    ['another token', 'abcDEF123_-abcDEF123_-abcDEF123_-abcDEF1235'],
    ['a prefix', 'abcDEF123_'],
    ['an empty string', ''],
    ['a number', 42],
    ['null', null],
    ['a very long string', 'a'.repeat(10_000)],
  ])('refuses %s', (_name, token) => {
    expect(verifyCsrf(session, token)).toBe(false);
  });
  it('refuses everything without a session', () => {
    expect(verifyCsrf(null, session.csrfToken)).toBe(false);
  });
  it('reads the token from the form field, else from the header', () => {
    const form = new FormData();
    form.set(CSRF_FIELD, 'uit-formulier');
    expect(csrfTokenFromRequest(form, new Headers({ 'x-csrf-token': 'uit-header' }))).toBe('uit-formulier');
    expect(csrfTokenFromRequest(null, new Headers({ 'x-csrf-token': 'uit-header' }))).toBe('uit-header');
    expect(csrfTokenFromRequest(new FormData(), new Headers())).toBeNull();
  });
});
