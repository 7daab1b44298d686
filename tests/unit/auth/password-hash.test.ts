import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, parsePasswordHash, passwordPolicyProblems, verifyPassword } from '../../../src/lib/auth/password-hash.ts';

describe('hashPassword / verifyPassword', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts: the same password hashes differently twice', async () => {
    expect(await hashPassword('twaalf tekens!')).not.toBe(await hashPassword('twaalf tekens!'));
  });

  it('treats composed and decomposed accents as the same password (NFC)', async () => {
    const stored = await hashPassword('cr\u00e8me brûlée 12');
    expect(await verifyPassword('cre\u0300me brûlée 12', stored)).toBe(true);
  });

  it('never matches a malformed stored hash', async () => {
    expect(await verifyPassword('anything at all', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('anything at all', '')).toBe(false);
  });
});

describe('parsePasswordHash', () => {
  it('reads the self-describing format scrypt$N$r$p$salt$hash', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{86}$/);
    const parsed = parsePasswordHash(stored)!;
    expect({ N: parsed.N, r: parsed.r, p: parsed.p, salt: parsed.salt.length, hash: parsed.hash.length }).toEqual({ N: 32768, r: 8, p: 1, salt: 16, hash: 64 });
    expect(needsRehash(stored)).toBe(false);
  });

  const salt = Buffer.alloc(16, 1).toString('base64url');
  const key = Buffer.alloc(64, 2).toString('base64url');
  it.each([
    ['wrong algorithm', `bcrypt$32768$8$1$${salt}$${key}`],
    ['too few parts', `scrypt$32768$8$${salt}$${key}`],
    ['N not a power of two', `scrypt$30000$8$1$${salt}$${key}`],
    ['N above 2^20 (memory bomb)', `scrypt$2097152$8$1$${salt}$${key}`],
    ['r too large', `scrypt$32768$64$1$${salt}$${key}`],
    ['p zero', `scrypt$32768$8$0$${salt}$${key}`],
    ['salt shorter than 16 bytes', `scrypt$32768$8$1$${Buffer.alloc(8).toString('base64url')}$${key}`],
    ['key shorter than 32 bytes', `scrypt$32768$8$1$${salt}$${Buffer.alloc(16).toString('base64url')}`],
    ['not base64url', `scrypt$32768$8$1$${salt}$abc+/=`],
    ['leading zero in N', `scrypt$032768$8$1$${salt}$${key}`],
  ])('rejects %s', (_name, stored) => {
    expect(parsePasswordHash(stored)).toBeNull();
  });

  it('accepts other in-bounds parameters and asks for a rehash', () => {
    const stored = `scrypt$16384$8$1$${salt}$${key}`;
    expect(parsePasswordHash(stored)?.N).toBe(16384);
    expect(needsRehash(stored)).toBe(true);
  });

  it('verifies a hash made with other parameters', async () => {
    const { scryptSync } = await import('node:crypto');
    const s = Buffer.alloc(16, 7);
    const k = scryptSync('oud wachtwoord 1', s, 32, { N: 1024, r: 8, p: 1 });
    const stored = `scrypt$1024$8$1$${s.toString('base64url')}$${k.toString('base64url')}`;
    expect(await verifyPassword('oud wachtwoord 1', stored)).toBe(true);
    expect(await verifyPassword('oud wachtwoord 2', stored)).toBe(false);
  });
});

describe('passwordPolicyProblems', () => {
  it('accepts 12 characters', () => {
    expect(passwordPolicyProblems('abcdefghijkl')).toEqual([]);
  });

  it('rejects 11 characters, counting characters rather than bytes', () => {
    expect(passwordPolicyProblems('abcdefghijk')).toEqual(['Het wachtwoord moet minstens 12 tekens lang zijn.']);
    expect(passwordPolicyProblems('ééééééééééé1')).toEqual([]);
    expect(passwordPolicyProblems('😀😀😀😀😀😀😀😀😀😀😀')).toEqual(['Het wachtwoord moet minstens 12 tekens lang zijn.', 'Het wachtwoord mag niet uit één herhaald teken bestaan.']);
  });

  it('rejects more than 256 characters', () => {
    expect(passwordPolicyProblems('ab'.repeat(128))).toEqual([]);
    expect(passwordPolicyProblems(`${'ab'.repeat(128)}c`)).toEqual(['Het wachtwoord mag hoogstens 256 tekens lang zijn.']);
  });

  it('rejects one repeated character', () => {
    expect(passwordPolicyProblems('aaaaaaaaaaaa')).toEqual(['Het wachtwoord mag niet uit één herhaald teken bestaan.']);
  });

  it('rejects a password containing the name before the @', () => {
    expect(passwordPolicyProblems('Jansen-wachtwoord', 'jansen@duo.nl')).toEqual(['Het wachtwoord mag de gebruikersnaam niet bevatten.']);
    expect(passwordPolicyProblems('pietpietpiet12', 'jan@duo.nl')).toEqual([]);
  });

  it('an empty password fails only the length rule', () => {
    expect(passwordPolicyProblems('')).toEqual(['Het wachtwoord moet minstens 12 tekens lang zijn.']);
  });
});
