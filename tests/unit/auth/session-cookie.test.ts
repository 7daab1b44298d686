import { describe, expect, it } from 'vitest';
import { clearSessionCookieHeader, readSessionToken, sessionCookieHeader, sessionCookieOptions } from '../../../src/lib/auth/sessions.ts';

const TOKEN = 'A'.repeat(43);

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/ and lasts the absolute session lifetime', () => {
    expect(sessionCookieHeader(TOKEN, { production: false })).toBe(`rir_sessie=${TOKEN}; Path=/; Max-Age=28800; HttpOnly; SameSite=Lax`);
  });

  it('is Secure in production', () => {
    expect(sessionCookieHeader(TOKEN, { production: true })).toBe(`rir_sessie=${TOKEN}; Path=/; Max-Age=28800; HttpOnly; SameSite=Lax; Secure`);
    expect(sessionCookieOptions({ production: true })).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true, maxAge: 28800 });
  });

  it('is cleared with Max-Age=0', () => {
    expect(clearSessionCookieHeader({ production: true })).toBe('rir_sessie=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure');
  });

  it('is read from a Cookie header among others', () => {
    expect(readSessionToken(`theme=dark; rir_sessie=${TOKEN}; x=1`)).toBe(TOKEN);
    expect(readSessionToken('rir_sessie_oud=abc; theme=dark')).toBeNull();
    expect(readSessionToken('rir_sessie=')).toBeNull();
    expect(readSessionToken(null)).toBeNull();
  });
});
