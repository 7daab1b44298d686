import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** The parameters new hashes use: N=2^15, r=8, p=1 (about 32 MiB and ~50–100 ms per hash). */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, saltBytes: 16, keyBytes: 64 } as const;

/** Shortest password the policy accepts (counted in characters, not bytes). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password the policy accepts; bounds the work an attacker can make us do. */
export const MAX_PASSWORD_LENGTH = 256;

// Upper bounds for parameters read back from the database, so a tampered or corrupt hash
// cannot make verification allocate gigabytes or spin for minutes.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/** A parsed `scrypt$N$r$p$salt$hash` string (salt and hash base64url without padding). */
export interface ParsedPasswordHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function derive(password: string, salt: Buffer, keyBytes: number, params: { N: number; r: number; p: number }): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default maxmem (32 MiB) is exactly the N=2^15, r=8 need
  // and is rejected, so allow twice the requirement.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    // NFC so the same password typed on different keyboards/OSes hashes the same.
    scrypt(password.normalize('NFC'), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a password with a fresh salt into the self-describing format `scrypt$N$r$p$salt$hash`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT_PARAMS.saltBytes);
  const key = await derive(password, salt, SCRYPT_PARAMS.keyBytes, SCRYPT_PARAMS);
  return ['scrypt', SCRYPT_PARAMS.N, SCRYPT_PARAMS.r, SCRYPT_PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const POSITIVE_INT = /^[1-9]\d{0,9}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Reads a stored hash; null when the string is not a well-formed scrypt hash within safe bounds. */
export function parsePasswordHash(stored: string): ParsedPasswordHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, nText, rText, pText, saltText, hashText] = parts as [string, string, string, string, string, string];
  if (![nText, rText, pText].every((t) => POSITIVE_INT.test(t))) return null;
  if (!BASE64URL.test(saltText) || !BASE64URL.test(hashText)) return null;
  const N = Number(nText);
  const r = Number(rText);
  const p = Number(pText);
  // N must be a power of two greater than 1 (an scrypt requirement).
  if (N < 2 || N > MAX_N || (N & (N - 1)) !== 0 || r > MAX_R || p > MAX_P) return null;
  const salt = Buffer.from(saltText, 'base64url');
  const hash = Buffer.from(hashText, 'base64url');
  if (salt.length < 16 || hash.length < 32 || hash.length > 128) return null;
  return { N, r, p, salt, hash };
}

/**
 * Checks a password against a stored hash in constant time. A malformed stored hash never
 * matches (and still costs one normal hash, so it is not distinguishable by timing).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) {
    await derive(password, randomBytes(SCRYPT_PARAMS.saltBytes), SCRYPT_PARAMS.keyBytes, SCRYPT_PARAMS);
    return false;
  }
  const key = await derive(password, parsed.salt, parsed.hash.length, parsed);
  return timingSafeEqual(key, parsed.hash);
}

/** True when a stored hash uses other parameters than SCRYPT_PARAMS (rehash after a successful login). */
export function needsRehash(stored: string): boolean {
  const parsed = parsePasswordHash(stored);
  return (
    !parsed ||
    parsed.N !== SCRYPT_PARAMS.N ||
    parsed.r !== SCRYPT_PARAMS.r ||
    parsed.p !== SCRYPT_PARAMS.p ||
    parsed.salt.length !== SCRYPT_PARAMS.saltBytes ||
    parsed.hash.length !== SCRYPT_PARAMS.keyBytes
  );
}

/**
 * The password policy (length, not composition rules, as NIST SP 800-63B advises): returns the
 * problems in Dutch, an empty list when the password is acceptable.
 */
export function passwordPolicyProblems(password: string, gebruikersnaam?: string): string[] {
  const problems: string[] = [];
  const length = [...password.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push(`Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens lang zijn.`);
  if (length > MAX_PASSWORD_LENGTH) problems.push(`Het wachtwoord mag hoogstens ${MAX_PASSWORD_LENGTH} tekens lang zijn.`);
  if (length > 0 && new Set(password).size === 1) problems.push('Het wachtwoord mag niet uit één herhaald teken bestaan.');
  // The part before the @ is what people reuse; very short names would match too much.
  const localPart = gebruikersnaam?.trim().toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    problems.push('Het wachtwoord mag de gebruikersnaam niet bevatten.');
  }
  return problems;
}
