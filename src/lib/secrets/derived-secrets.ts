import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';

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
  /** Keys the HMAC in the confirm and manage links of vacancy alerts. */
  alertTokens: 'rijk-in-de-regio/alert-link-tokens/v1',
  /** Keys the HMAC of a subscribing client's address (per-client limit of vacancy alerts). */
  alertClients: 'rijk-in-de-regio/alert-client-address/v1',
  /** Keys the HMAC of an imported file's name in the import log. */
  importFileNames: 'rijk-in-de-regio/import-file-name/v1',
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

const keyObjects = new Map<string, KeyObject>();

/**
 * The same key as {@link deriveSecret}, as a KeyObject for `createHmac`. Imports HMAC every row: given a Buffer,
 * Node builds a new KeyObject per call, which took ~14 of the ~16 µs per pseudonym (measured, Node 24).
 */
export function deriveSecretKey(master: string, purpose: SecretPurpose): KeyObject {
  const id = `${purpose}\u0000${master}`;
  let key = keyObjects.get(id);
  if (!key) {
    key = createSecretKey(deriveSecret(master, purpose));
    keyObjects.set(id, key);
  }
  return key;
}

/** The master secrets of an installation: the current one and the ones it replaced. */
export interface MasterSecrets {
  APP_SECRET: string;
  /** Earlier values of APP_SECRET, newest first (APP_SECRET_PREVIOUS). */
  APP_SECRET_PREVIOUS?: readonly string[] | undefined;
}

/** Every configured master secret, current first, then APP_SECRET_PREVIOUS newest first (for accepting old tokens). */
export function allMasters(secrets: MasterSecrets): string[] {
  return [secrets.APP_SECRET, ...(secrets.APP_SECRET_PREVIOUS ?? [])];
}
