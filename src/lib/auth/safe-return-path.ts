const BASE = 'http://rijk-in-de-regio.invalid';

/**
 * Only same-site paths are followed after login ("/dashboard?x=1"), never "//evil.example", "https://…" or a path
 * that a browser would turn into one: browsers drop tabs and line breaks from URLs and read "\" as "/", so
 * "/\t/evil.example/x" becomes "//evil.example/x". Any control character, space or backslash is refused, and what
 * remains must resolve to this site. Control characters (e.g. %00) would also make the Location header throw.
 */
export function safeReturnPath(value: string | null | undefined, fallback = '/dashboard'): string {
  if (!value || value.length > 500 || !value.startsWith('/') || value.startsWith('//')) return fallback;
  // oxlint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
