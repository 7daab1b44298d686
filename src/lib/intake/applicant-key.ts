import { createHmac } from 'node:crypto';
import { deriveSecretKey } from '../secrets/derived-secrets.ts';

/** Smallest accepted secret length, as the configuration demands for APP_SECRET. */
export const MIN_SECRET_LENGTH = 32;

/** The secret is missing or too short to pseudonymise with; the message is for operators, not applicants. */
export class MissingSecretError extends Error {
  constructor() {
    super(`APP_SECRET ontbreekt of is korter dan ${MIN_SECRET_LENGTH} tekens: sollicitaties kunnen niet gepseudonimiseerd worden.`);
    this.name = 'MissingSecretError';
  }
}

/** Throws {@link MissingSecretError} unless the secret is long enough. */
export function assertSecret(secret: string | undefined): asserts secret is string {
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) throw new MissingSecretError();
}

/**
 * Pseudonym of an applicant: HMAC-SHA256 over the organisation code and the applicant id (trimmed), as 64 hex
 * characters, keyed with the pseudonym key derived (HKDF, its own label) from the master secret `secret` — APP_SECRET
 * for new pseudonyms, a value of APP_SECRET_PREVIOUS to recognise older ones (src/lib/secrets/pseudonym-keys.ts).
 * The organisation is part of the message so the same ATS number at two
 * organisations gives two unrelated keys, and without the secret a key cannot be recomputed from a guessed id.
 * A unit separator (U+001F) between the parts keeps ("ab","c") and ("a","bc") apart.
 */
export function applicantKey(secret: string, organisatieCode: string, sollicitantId: string): string {
  assertSecret(secret);
  return createHmac('sha256', deriveSecretKey(secret, 'pseudonym')).update(`${organisatieCode}\u001f${sollicitantId.trim()}`, 'utf8').digest('hex');
}
