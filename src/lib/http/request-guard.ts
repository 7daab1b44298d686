/**
 * Checks every request's URL before routing, so malformed input is a 400 instead of a 500 deep inside a page:
 * a NUL character (PostgreSQL text cannot hold it and a header value with it throws), other control characters,
 * a path that is not valid percent-encoded UTF-8, or an absurdly long URL.
 */

/** Longest URL (path + query) the site accepts; real search URLs stay far below it. */
export const MAX_URL_LENGTH = 4096;

/** Why a request URL is refused (a Dutch sentence), or null when it is fine. */
export function malformedUrlReason(url: URL): string | null {
  const raw = url.pathname + url.search;
  if (raw.length > MAX_URL_LENGTH) return `Het adres is te lang (hoogstens ${MAX_URL_LENGTH} tekens).`;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return 'Het adres bevat een ongeldige %-codering.';
  }
  // oxlint-disable-next-line no-control-regex -- refusing control characters is the point
  const control = /[\u0000-\u001f\u007f]/;
  if (control.test(path)) return 'Het adres bevat een stuurteken (zoals %00).';
  for (const [name, value] of url.searchParams) {
    // Tabs and line breaks are legitimate in a free-text query only as spaces; NUL and the rest never are.
    // oxlint-disable-next-line no-control-regex -- refusing control characters is the point
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(name + value)) return `De parameter ${name.slice(0, 40)} bevat een stuurteken (zoals %00).`;
  }
  return null;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A minimal Dutch HTML error page for requests that never reach a page (malformed URL or body). */
export function errorPage(status: number, title: string, message: string): Response {
  const html = `<!doctype html><html lang="nl"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Naar de startpagina</a></p></html>`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
