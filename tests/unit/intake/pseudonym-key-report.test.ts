import { describe, expect, it } from 'vitest';
import { pseudonymKeyReport, removalVerdict, type KeyIdCount } from '../../../src/lib/intake/pseudonym-key-usage.ts';
import { pseudonymKeyId, pseudonymKeyring } from '../../../src/lib/secrets/pseudonym-keys.ts';

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const C = 'c'.repeat(32);
const count = (master: string, real: number, demo = 0): KeyIdCount => ({
  keyId: pseudonymKeyId(master),
  real,
  demo,
  organisations: real > 0 ? ['duo', 'uwv'] : [],
  lastRetention: real > 0 ? '2027-03-01' : null,
});

describe('pseudonymKeyReport', () => {
  it('gives every configured key a state, and lists a key found only in the database as missing', () => {
    const ring = pseudonymKeyring({ APP_SECRET: C, APP_SECRET_PREVIOUS: [B] });
    const lines = pseudonymKeyReport(ring, [count(C, 5), count(B, 0, 40), count(A, 7)]);
    expect(lines.map((l) => [l.key?.source ?? null, l.state, l.real, l.demo])).toEqual([
      ['APP_SECRET', 'huidig', 5, 0],
      ['APP_SECRET_PREVIOUS #1', 'kan-weg', 0, 40],
      [null, 'ontbreekt', 7, 0],
    ]);
  });
});

describe('removalVerdict', () => {
  const secrets = { APP_SECRET: C, APP_SECRET_PREVIOUS: [B, A] };
  const lines = pseudonymKeyReport(pseudonymKeyring(secrets), [count(C, 5), count(B, 3), count(A, 0, 12)]);

  it('refuses while real applications carry the key, naming how many, which organisations and the date retention frees it', () => {
    const verdict = removalVerdict(secrets, lines, '1');
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(new RegExp(`^Waarde 1 van APP_SECRET_PREVIOUS \\(sleutel ${pseudonymKeyId(B)}\\) is nog nodig: 3 sollicitaties \\(duo, uwv\\) `));
    expect(verdict.message).toContain('uiterlijk na 2027-03-01');
    expect(removalVerdict(secrets, lines, pseudonymKeyId(B)).ok).toBe(false);
  });

  it('allows a key that only demo applications carry, by position or by id', () => {
    expect(removalVerdict(secrets, lines, '2')).toEqual({
      ok: true,
      message: `Waarde 2 van APP_SECRET_PREVIOUS (sleutel ${pseudonymKeyId(A)}) wordt door geen enkele sollicitatie meer gebruikt (alleen 12 voorbeeldsollicitaties, die nooit opnieuw worden ingelezen): deze waarde mag uit APP_SECRET_PREVIOUS.`,
    });
    expect(removalVerdict(secrets, lines, pseudonymKeyId(A).toUpperCase()).ok).toBe(true);
  });

  it('allows a value that repeats APP_SECRET or another listed value, and refuses what is not in the list', () => {
    expect(removalVerdict({ APP_SECRET: C, APP_SECRET_PREVIOUS: [C, B] }, lines, '1').ok).toBe(true);
    expect(removalVerdict(secrets, lines, '3')).toEqual({ ok: false, message: '"3" is geen waarde van APP_SECRET_PREVIOUS (geef de positie, 1 = de eerste, of een sleutel-id uit het overzicht).' });
    expect(removalVerdict(secrets, lines, pseudonymKeyId(C)).ok).toBe(false);
  });
});
