import { createHash } from 'node:crypto';

/** Record keys are integers in [0, 2^KEY_BITS); rk = key / 2^KEY_BITS is the record key of the cell-key method. */
export const KEY_BITS = 32;

/** 2^KEY_BITS: key sums are kept modulo this, which is "Σ rk mod 1" in exact integer arithmetic. */
export const KEY_MODULUS = 2 ** KEY_BITS;

/**
 * The record key of one application, exactly as the database computes it when the row is inserted
 * (`rir_record_sleutel`, migrations 0010 and 0086): the first 32 bits of MD5(pseudonym ":" vacancy). The pseudonym
 * is an HMAC keyed with the pseudonym key derived from APP_SECRET, so without the secret nobody can compute a record
 * key; MD5 only spreads it uniformly. The key is stored and kept when the row is later re-keyed to a new pseudonym
 * key, so for such a row it is the key of its first pseudonym. Used by tests to check the database.
 */
export function recordKey(pseudonym: string, vacancy: string | null): number {
  return Number.parseInt(createHash('md5').update(`${pseudonym}:${vacancy ?? ''}`, 'utf8').digest('hex').slice(0, 8), 16);
}

/** Adds key sums modulo 2^32 (each argument already in [0, 2^32)). */
export function addKeys(a: number, b: number): number {
  return (a + b) % KEY_MODULUS;
}

/** The cell key ck = (Σ rk) mod 1 in [0, 1) from a key sum. */
export function cellKeyFraction(keySum: number): number {
  return (((keySum % KEY_MODULUS) + KEY_MODULUS) % KEY_MODULUS) / KEY_MODULUS;
}
