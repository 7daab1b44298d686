import { hkdfSync } from 'node:crypto';

/**
 * Every secret the application uses, each with one purpose, derived from the master secret APP_SECRET with
 * HKDF-SHA256 and a label per purpose. A key derived for one purpose says nothing about another, so e.g. the
 * demo passwords printed at start-up cannot help anyone recompute an applicant pseudonym.
 */
export const SECRET_PURPOSES = {
  /** Keys the HMAC that turns organisation + applicant id into a pseudonym. */
  pseudonym: 'rijk-in-de-regio/pseudonym-key/v1',
  /** Keys session and CSRF values that need a server secret. */
  session: 'rijk-in-de-regio/session-csrf-key/v1',
  /** Keys the HMAC of user names and address blocks in the login throttle. */
  loginRateLimit: 'rijk-in-de-regio/login-rate-limit-key/v1',
  /** Derives the demo accounts' passwords (demo installations only). */
  demoPasswords: 'rijk-in-de-regio/demo-passwords/v1',
} as const;

/** A purpose a secret can be derived for. */
export type SecretPurpose = keyof typeof SECRET_PURPOSES;

const SALT = Buffer.from('rijk-in-de-regio', 'utf8');
const cache = new Map<string, Buffer>();

/** The 32-byte key for one purpose, derived from a master secret (cached: imports call this per row). */
export function deriveSecret(master: string, purpose: SecretPurpose): Buffer {
  const id = `${purpose}\u0000${master}`;
  let key = cache.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', Buffer.from(master, 'utf8'), SALT, Buffer.from(SECRET_PURPOSES[purpose], 'utf8'), 32));
    cache.set(id, key);
  }
  return key;
}

/** The master secrets of an installation: the current one and the ones it replaced. */
export interface MasterSecrets {
  APP_SECRET: string;
  /** Earlier values of APP_SECRET, newest first (APP_SECRET_PREVIOUS). */
  APP_SECRET_PREVIOUS?: readonly string[] | undefined;
}

/** One version of the pseudonym key: version 1 comes from the oldest master secret still configured. */
export interface PseudonymKeyVersion {
  version: number;
  master: string;
}

/**
 * The pseudonym key versions, oldest first. A pseudonym may only change when its key does, or every applicant
 * would be counted twice at the next import; so rotating APP_SECRET (for sessions, rate limits and demo
 * passwords) keeps the old value in APP_SECRET_PREVIOUS and pseudonyms stay with the key of version 1.
 */
export function pseudonymKeyVersions(secrets: MasterSecrets): PseudonymKeyVersion[] {
  const masters = [...(secrets.APP_SECRET_PREVIOUS ?? [])].reverse();
  masters.push(secrets.APP_SECRET);
  return masters.map((master, index) => ({ version: index + 1, master }));
}

/** The master secret applicant pseudonyms are keyed with (version 1: the oldest configured). */
export function pseudonymMaster(secrets: MasterSecrets): string {
  return pseudonymKeyVersions(secrets)[0]!.master;
}
