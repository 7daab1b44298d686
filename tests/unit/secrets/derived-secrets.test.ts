import { hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/lib/config/config.ts';
import { applicantKey } from '../../../src/lib/intake/applicant-key.ts';
import { deriveSecret, pseudonymKeyVersions, pseudonymMaster, SECRET_PURPOSES } from '../../../src/lib/secrets/derived-secrets.ts';

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
    expect(keys).not.toContain(Buffer.from(NEW).toString('hex'));
  });
});

describe('rotating APP_SECRET (defect 11: a rotation used to re-key every applicant)', () => {
  it('keeps applicant pseudonyms on key version 1 while the old secret is listed in APP_SECRET_PREVIOUS', () => {
    const before = loadConfig({ APP_SECRET: OLD, DATA_DIR: '/tmp' });
    const after = loadConfig({ APP_SECRET: NEW, APP_SECRET_PREVIOUS: OLD, DATA_DIR: '/tmp' });
    expect(after.APP_SECRET_PREVIOUS).toEqual([OLD]);
    expect(pseudonymKeyVersions(after)).toEqual([{ version: 1, master: OLD }, { version: 2, master: NEW }]);
    // The same applicant gets the same pseudonym after the rotation: the next import finds them, nobody counts twice.
    expect(applicantKey(pseudonymMaster(after), 'duo', 'A-1')).toBe(applicantKey(pseudonymMaster(before), 'duo', 'A-1'));
    // Other purposes move to the new secret at once.
    expect(deriveSecret(after.APP_SECRET, 'loginRateLimit')).not.toEqual(deriveSecret(before.APP_SECRET, 'loginRateLimit'));
  });

  it('orders several previous secrets newest first, the oldest keying the pseudonyms', () => {
    const third = 't'.repeat(32);
    expect(pseudonymMaster({ APP_SECRET: third, APP_SECRET_PREVIOUS: [NEW, OLD] })).toBe(OLD);
  });

  it('refuses a previous secret shorter than 32 characters with one line naming the variable', () => {
    expect(() => loadConfig({ APP_SECRET: NEW, APP_SECRET_PREVIOUS: 'kort', DATA_DIR: '/tmp' })).toThrow(/^Invalid configuration: APP_SECRET_PREVIOUS(\.0)? each value must be at least 32 characters$/);
  });
});
