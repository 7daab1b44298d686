import { hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allMasters, deriveSecret, deriveSecretKey, SECRET_PURPOSES } from '../../../src/lib/secrets/derived-secrets.ts';
import { loadConfig } from '../../../src/lib/config/config.ts';

const OLD = 'o'.repeat(32);
const NEW = 'n'.repeat(32);

describe('deriveSecret', () => {
  it('is HKDF-SHA256 of the master with the purpose as label, 32 bytes', () => {
    const expected = Buffer.from(hkdfSync('sha256', Buffer.from(NEW), Buffer.from('rijk-in-de-regio'), Buffer.from('rijk-in-de-regio/pseudonym-key/v1'), 32));
    expect(deriveSecret(NEW, 'pseudonym')).toEqual(expected);
  });

  it('gives every purpose its own key, and none equals the master', () => {
    const keys = (Object.keys(SECRET_PURPOSES) as (keyof typeof SECRET_PURPOSES)[]).map((p) => deriveSecret(NEW, p).toString('hex'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(Object.values(SECRET_PURPOSES)).size).toBe(keys.length);
    expect(keys).not.toContain(Buffer.from(NEW).toString('hex'));
  });

  it('gives the same key as a KeyObject (for createHmac), built once per secret and purpose', () => {
    expect(deriveSecretKey(NEW, 'pseudonym').export()).toEqual(deriveSecret(NEW, 'pseudonym'));
    expect(deriveSecretKey(NEW, 'pseudonym')).toBe(deriveSecretKey(NEW, 'pseudonym'));
  });

  it('moves every purpose to the new secret when APP_SECRET changes', () => {
    for (const purpose of Object.keys(SECRET_PURPOSES) as (keyof typeof SECRET_PURPOSES)[]) expect(deriveSecret(NEW, purpose)).not.toEqual(deriveSecret(OLD, purpose));
  });
});

describe('APP_SECRET_PREVIOUS', () => {
  it('is read newest first and listed after the current secret', () => {
    const config = loadConfig({ APP_SECRET: NEW, APP_SECRET_PREVIOUS: ` ${OLD} , ${'p'.repeat(32)}`, DATA_DIR: '/tmp' });
    expect(allMasters(config)).toEqual([NEW, OLD, 'p'.repeat(32)]);
    expect(allMasters(loadConfig({ APP_SECRET: NEW, DATA_DIR: '/tmp' }))).toEqual([NEW]);
  });

  it('refuses a previous secret shorter than 32 characters with one line naming the variable', () => {
    expect(() => loadConfig({ APP_SECRET: NEW, APP_SECRET_PREVIOUS: 'kort', DATA_DIR: '/tmp' })).toThrow(/^Invalid configuration: APP_SECRET_PREVIOUS(\.0)? each value must be at least 32 characters$/);
  });
});
