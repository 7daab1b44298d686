import type { APIContext, MiddlewareNext } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { authenticateRequest } from './lib/auth/request-auth.ts';
import { isForbiddenCrossSiteRequest } from './lib/http/origin-check.ts';
import { isDatabaseUnavailable } from './lib/db/connection-errors.ts';
import { problemResponse } from './lib/http/problem.ts';
import { RequestBodyError } from './lib/http/request-body.ts';
import { errorPage, malformedUrlReason } from './lib/http/request-guard.ts';
import { SECURITY_HEADERS } from './lib/http/security-headers.ts';
import { isPublicCacheable, matchesEtag, publicCacheControl, PublicPageCache, weakEtag, type CachedPage } from './lib/http/public-page-cache.ts';
import { getConfig } from './lib/config/config.ts';
import { getDatabase } from './lib/runtime/app-context.ts';
import { startBackgroundJobs } from './lib/runtime/background-jobs.ts';

/**
 * Every request: start the background jobs once, refuse malformed input, apply the declared access
 * matrix, add the security headers. Pages and endpoints never decide access on their own.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.isPrerendered && isForbiddenCrossSiteRequest(context.request, context.url)) {
    return new Response(`Cross-site ${context.request.method} form submissions are forbidden`, { status: 403 });
  }
  startBackgroundJobs();
  const isApi = context.url.pathname.startsWith('/api/');
  // Malformed input is the client's fault: a 4xx with a reason, before it can cost a query or a 500.
  const badRequest = (status: number, detail: string) => {
    const title = status === 413 ? 'Te groot' : 'Ongeldig verzoek';
    return withSecurityHeaders(isApi ? problemResponse({ title, status, detail }) : errorPage(status, title, detail));
  };
  const malformed = malformedUrlReason(context.url);
  if (malformed) return badRequest(400, malformed);
  try {
    const method = context.request.method;
    const cache = isPublicCacheable(method, context.url.pathname) ? publicPageCache() : null;
    const key = context.url.pathname + context.url.search;
    // A reload (`Cache-Control: no-cache`) renders afresh and refreshes what is kept.
    const hit = wantsFreshCopy(context.request) ? undefined : cache?.pages.get(key);
    if (cache && hit) return fromCache(hit, context.request, cache.seconds, 'hit');
    const response = withSecurityHeaders(await handle(context, next, isApi));
    if (cache && response.status === 200 && !response.headers.has('cache-control') && !response.headers.has('set-cookie')) {
      const body = new Uint8Array(await response.arrayBuffer());
      const page = cache.pages.set(key, { status: response.status, headers: [...response.headers], body, etag: weakEtag(body) });
      return fromCache(page, context.request, cache.seconds, 'miss');
    }
    // A write on this process may change any public page: forget them (other processes within the TTL).
    if (method !== 'GET' && method !== 'HEAD' && response.status < 400) publicPageCache()?.pages.clear();
    return response;
  } catch (error) {
    // A body limit or malformed body found by a page or endpoint that did not answer it itself.
    if (error instanceof RequestBodyError) return badRequest(error.status, error.message);
    // A lost database connection fails this one request with 503 (the pool reconnects for the next);
    // anything else is a 500 problem without internals. Never an exit, never an empty body.
    const unavailable = isDatabaseUnavailable(error);
    console.error(`[request] ${context.request.method} ${context.url.pathname} failed: ${(error as Error).message?.slice(0, 200)}`);
    const status = unavailable ? 503 : 500;
    const title = unavailable ? 'Database tijdelijk niet bereikbaar' : 'Interne fout';
    const detail = unavailable ? 'Probeer het over een paar seconden opnieuw.' : 'Er ging iets mis bij het verwerken van dit verzoek.';
    const headers: Record<string, string> = unavailable ? { 'Retry-After': '5' } : {};
    const response = isApi
      ? problemResponse({ title, status, detail }, headers)
      : new Response(`<!doctype html><html lang="nl"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><p>${detail}</p></html>`, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
    return response;
  }
});

/** Authenticates, applies the access matrix and runs the page or endpoint. */
async function handle(context: APIContext, next: MiddlewareNext, isApi: boolean): Promise<Response> {
  const auth = await authenticateRequest(async () => (await getDatabase()).db, context.request, context.url.pathname);
  context.locals.session = auth.session;
  context.locals.tokenOrganisation = auth.tokenOrganisation;
  if (auth.decision === 'unauthenticated') {
    return isApi
      ? problemResponse({ title: 'Niet geautoriseerd', status: 401, detail: 'Log in of stuur een geldig organisatietoken mee (Authorization: Bearer …).' }, { 'WWW-Authenticate': 'Bearer realm="rijk-in-de-regio"' })
      : context.redirect(`/login?terug=${encodeURIComponent(context.url.pathname + context.url.search)}`, 303);
  }
  if (auth.decision === 'forbidden') {
    return isApi
      ? problemResponse({ title: 'Geen toegang', status: 403, detail: 'Je rol geeft geen toegang tot deze gegevens.' })
      : new Response('<!doctype html><html lang="nl"><meta charset="utf-8"><title>Geen toegang</title><h1>Geen toegang</h1><p>Je rol geeft geen toegang tot deze pagina. <a href="/dashboard">Naar het dashboard</a></p></html>', { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
  return next();
}

/** Whether the client asks for a fresh copy (a hard reload, or a benchmark measuring the render). */
function wantsFreshCopy(request: Request): boolean {
  return /(^|,)\s*no-cache\s*(,|$)/i.test(request.headers.get('cache-control') ?? '') || request.headers.get('pragma') === 'no-cache';
}

let pageCache: { pages: PublicPageCache; seconds: number } | null | undefined;

/** This process's public page cache, or null when PUBLIC_CACHE_SECONDS is 0. */
function publicPageCache(): { pages: PublicPageCache; seconds: number } | null {
  if (pageCache === undefined) {
    const seconds = getConfig().PUBLIC_CACHE_SECONDS;
    pageCache = seconds > 0 ? { pages: new PublicPageCache(seconds * 1000), seconds } : null;
  }
  return pageCache;
}

/**
 * Answers from a kept public page: cacheable downstream for a few seconds, with an ETag, and 304 when
 * the client already holds these bytes.
 */
function fromCache(page: CachedPage, request: Request, seconds: number, state: 'hit' | 'miss'): Response {
  const headers = new Headers(page.headers);
  headers.set('Cache-Control', publicCacheControl(seconds));
  headers.set('ETag', page.etag);
  headers.set('Vary', 'Accept-Encoding');
  headers.set('X-Page-Cache', state);
  if (matchesEtag(request.headers.get('if-none-match'), page.etag)) {
    for (const name of ['content-type', 'content-length']) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === 'HEAD' ? null : (page.body as BodyInit), { status: page.status, headers });
}

/** Adds the security headers a response does not set itself. */
function withSecurityHeaders(response: Response): Response {
  try {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!response.headers.has(name)) response.headers.set(name, value);
    }
  } catch {
    // Some responses (redirects made by the platform) have immutable headers; the server adds them.
  }
  return response;
}
