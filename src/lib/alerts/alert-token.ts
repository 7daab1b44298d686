import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveSecret } from '../secrets/derived-secrets.ts';

/** What a token in an alert link allows: confirming, or managing and unsubscribing. */
export type AlertTokenPurpose = 'bevestigen' | 'beheer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(key: Buffer | string, id: string, purpose: AlertTokenPurpose): string {
  return createHmac('sha256', key).update(`vacaturemail:${purpose}:${id}`).digest('base64url').slice(0, 32);
}

/**
 * The token in an alert link: the alert id with an HMAC per purpose, keyed with the alert-link key derived from
 * the master secret `secret` (APP_SECRET). Derived, not stored, so a digest can always link to the manage page,
 * and a database leak holds no usable tokens.
 */
export function alertToken(secret: string, id: string, purpose: AlertTokenPurpose): string {
  return `${id}.${mac(deriveSecret(secret, 'alertTokens'), id, purpose)}`;
}

/**
 * The alert id of a valid token for this purpose; null for anything else. `secrets` are the configured master
 * secrets (APP_SECRET first, then APP_SECRET_PREVIOUS), so links in mails sent before a rotation keep working.
 * Tokens made before keys were derived per purpose (HMAC keyed with the raw master) are still accepted, only
 * here, so confirm and unsubscribe links in mails already sent keep working; no new token is made that way.
 */
export function verifyAlertToken(secrets: string | readonly string[], token: string | null | undefined, purpose: AlertTokenPurpose): string | null {
  const [id, given, ...rest] = (token ?? '').split('.');
  if (!id || !given || rest.length || !UUID.test(id)) return null;
  const actual = Buffer.from(given);
  let valid = false;
  for (const master of typeof secrets === 'string' ? [secrets] : secrets) {
    for (const key of [deriveSecret(master, 'alertTokens'), master]) {
      const expected = Buffer.from(mac(key, id, purpose));
      // Every candidate is compared (no early exit), each in constant time.
      if (actual.length === expected.length && timingSafeEqual(actual, expected)) valid = true;
    }
  }
  return valid ? id : null;
}
