import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a token in an alert link allows: confirming, or managing and unsubscribing. */
export type AlertTokenPurpose = 'bevestigen' | 'beheer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(secret: string, id: string, purpose: AlertTokenPurpose): string {
  return createHmac('sha256', secret).update(`vacaturemail:${purpose}:${id}`).digest('base64url').slice(0, 32);
}

/**
 * The token in an alert link: the alert id with an HMAC (APP_SECRET) per purpose. Derived, not stored,
 * so a digest can always link to the manage page, and a database leak holds no usable tokens.
 */
export function alertToken(secret: string, id: string, purpose: AlertTokenPurpose): string {
  return `${id}.${mac(secret, id, purpose)}`;
}

/** The alert id of a valid token for this purpose; null for anything else. */
export function verifyAlertToken(secret: string, token: string | null | undefined, purpose: AlertTokenPurpose): string | null {
  const [id, given, ...rest] = (token ?? '').split('.');
  if (!id || !given || rest.length || !UUID.test(id)) return null;
  const expected = Buffer.from(mac(secret, id, purpose));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? id : null;
}
