/**
 * Headers every response carries. Script and style sources are governed by the hashed CSP that
 * Astro writes into each page; this header adds what a <meta> CSP cannot express (frame-ancestors).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
