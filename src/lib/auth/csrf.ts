import { createHash, timingSafeEqual } from 'node:crypto';

/** Name of the hidden form field that carries the CSRF token. */
export const CSRF_FIELD = '_csrf';
/** Header that carries the CSRF token for fetch() requests. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Checks the token a form (or header) sent against the session's token, in constant time.
 * Astro's checkOrigin already rejects cross-site form posts; this is the second line of defence
 * (for instance against a same-site subdomain). Without a session there is nothing to protect.
 */
export function verifyCsrf(session: { csrfToken: string } | null | undefined, formToken: unknown): boolean {
  if (!session || typeof formToken !== 'string' || formToken.length === 0 || formToken.length > 256) return false;
  // Comparing fixed-length digests keeps timingSafeEqual happy and hides the length of the token.
  const expected = createHash('sha256').update(session.csrfToken).digest();
  const actual = createHash('sha256').update(formToken).digest();
  return timingSafeEqual(expected, actual);
}

/** The CSRF token a request sent: the form field, else the header; null when neither is there. */
export function csrfTokenFromRequest(form: FormData | null | undefined, headers: Headers): string | null {
  const fromForm = form?.get(CSRF_FIELD);
  if (typeof fromForm === 'string') return fromForm;
  return headers.get(CSRF_HEADER);
}
