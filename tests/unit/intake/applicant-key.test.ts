import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applicantKey, MissingSecretError } from '../../../src/lib/intake/applicant-key.ts';
import { deriveSecret } from '../../../src/lib/secrets/derived-secrets.ts';

const SECRET = 'k'.repeat(32);

describe('applicantKey', () => {
  it('is HMAC-SHA256 over organisation and trimmed id, as hex', () => {
    expect(applicantKey(SECRET, 'duo', ' 12345 ')).toBe(createHmac('sha256', deriveSecret(SECRET, 'pseudonym')).update('duo\u001f12345').digest('hex'));
    expect(applicantKey(SECRET, 'duo', '12345')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs per organisation, per secret and between ambiguous concatenations', () => {
    expect(applicantKey(SECRET, 'duo', '1')).not.toBe(applicantKey(SECRET, 'uwv', '1'));
    expect(applicantKey(SECRET, 'duo', '1')).not.toBe(applicantKey('l'.repeat(32), 'duo', '1'));
    expect(applicantKey(SECRET, 'ab', 'c')).not.toBe(applicantKey(SECRET, 'a', 'bc'));
  });

  it('refuses a missing or short secret', () => {
    expect(() => applicantKey('short', 'duo', '1')).toThrow(MissingSecretError);
    expect(() => applicantKey(undefined as unknown as string, 'duo', '1')).toThrow(MissingSecretError);
  });
});
