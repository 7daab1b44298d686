import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applicantKey } from '../../../src/lib/intake/applicant-key.ts';
import { deriveSecret } from '../../../src/lib/secrets/derived-secrets.ts';
import { pseudonymKeyId, pseudonymKeyring, pseudonymSecrets, ringKeys } from '../../../src/lib/secrets/pseudonym-keys.ts';

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const C = 'c'.repeat(32);

describe('pseudonymKeyId', () => {
  it('is the first 16 hex characters of SHA-256 over the derived pseudonym key, not over the master', () => {
    expect(pseudonymKeyId(A)).toBe(createHash('sha256').update(deriveSecret(A, 'pseudonym')).digest('hex').slice(0, 16));
    expect(pseudonymKeyId(A)).toMatch(/^[0-9a-f]{16}$/);
    expect(pseudonymKeyId(A)).not.toBe(createHash('sha256').update(A).digest('hex').slice(0, 16));
    expect(pseudonymKeyId(A)).not.toBe(pseudonymKeyId(B));
  });
});

describe('pseudonymKeyring', () => {
  it('takes the current key from APP_SECRET and keeps the ids whatever the order of the configuration', () => {
    const before = pseudonymKeyring({ APP_SECRET: A });
    const after = pseudonymKeyring({ APP_SECRET: B, APP_SECRET_PREVIOUS: [A] });
    expect(before.current).toEqual({ id: pseudonymKeyId(A), source: 'APP_SECRET', master: A });
    expect(before.previous).toEqual([]);
    expect(after.current.id).toBe(pseudonymKeyId(B));
    // The key that made the stored pseudonyms keeps its id after it moved to APP_SECRET_PREVIOUS.
    expect(after.previous).toEqual([{ id: before.current.id, source: 'APP_SECRET_PREVIOUS #1', master: A }]);
    expect(ringKeys(after).map((k) => k.master)).toEqual([B, A]);
  });

  it('lists several previous keys newest first and skips repeats of a key already listed', () => {
    const ring = pseudonymKeyring({ APP_SECRET: C, APP_SECRET_PREVIOUS: [B, C, A, B] });
    expect(ring.previous.map((k) => [k.master, k.source])).toEqual([[B, 'APP_SECRET_PREVIOUS #1'], [A, 'APP_SECRET_PREVIOUS #3']]);
  });

  it('names as legacy key the oldest configured secret, which made every pseudonym before keys were versioned', () => {
    expect(pseudonymKeyring({ APP_SECRET: A }).legacy.master).toBe(A);
    expect(pseudonymKeyring({ APP_SECRET: C, APP_SECRET_PREVIOUS: [B, A] }).legacy).toEqual({ id: pseudonymKeyId(A), source: 'APP_SECRET_PREVIOUS #2', master: A });
  });

  it('gives the same applicant a different pseudonym under each key (so rows must be re-keyed, not recomputed)', () => {
    expect(applicantKey(A, 'duo', 'A-1')).not.toBe(applicantKey(B, 'duo', 'A-1'));
  });

  it('hands the import the current and the previous masters', () => {
    expect(pseudonymSecrets({ APP_SECRET: B, APP_SECRET_PREVIOUS: [A] })).toEqual({ secret: B, previousSecrets: [A] });
    expect(pseudonymSecrets({ APP_SECRET: B })).toEqual({ secret: B, previousSecrets: [] });
  });
});
