const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Paths that accept cross-site form posts: RFC 8058 one-click unsubscribe is posted by mail providers,
 * without an Origin header. The signed token in the URL is the authorisation there, and the only
 * effect is deleting that one alert.
 */
export const CROSS_SITE_FORM_PATHS: readonly string[] = ['/vacaturemail/afmelden'];

/**
 * True for a cross-site form post (CSRF), as Astro's `security.checkOrigin` decides it, except on
 * {@link CROSS_SITE_FORM_PATHS}. Astro's own check is switched off because it allows no exception.
 */
export function isForbiddenCrossSiteRequest(request: Request, url: URL): boolean {
  if (SAFE.has(request.method)) return false;
  if (CROSS_SITE_FORM_PATHS.includes(url.pathname)) return false;
  const sameOrigin = request.headers.get('origin') === url.origin;
  const type = request.headers.get('content-type');
  if (type !== null) return FORM_TYPES.some((t) => type.toLowerCase().includes(t)) && !sameOrigin;
  return !sameOrigin;
}
