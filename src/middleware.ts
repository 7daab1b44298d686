import type { APIContext, MiddlewareNext } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { authenticateRequest } from './lib/auth/request-auth.ts';
import { isDatabaseUnavailable } from './lib/db/connection-errors.ts';
import { problemResponse } from './lib/http/problem.ts';
import { SECURITY_HEADERS } from './lib/http/security-headers.ts';
import { getDatabase } from './lib/runtime/app-context.ts';
import { startBackgroundJobs } from './lib/runtime/background-jobs.ts';

/**
 * Every request: start the background jobs once, apply the declared access matrix, add the
 * security headers. Pages and endpoints never decide access on their own.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  startBackgroundJobs();
  const isApi = context.url.pathname.startsWith('/api/');
  try {
    return await handle(context, next, isApi);
  } catch (error) {
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

async function handle(context: APIContext, next: MiddlewareNext, isApi: boolean): Promise<Response> {
  const auth = await authenticateRequest(async () => (await getDatabase()).db, context.request, context.url.pathname);
  context.locals.session = auth.session;
  context.locals.tokenOrganisation = auth.tokenOrganisation;
  let response: Response;
  if (auth.decision === 'unauthenticated') {
    response = isApi
      ? problemResponse({ title: 'Niet geautoriseerd', status: 401, detail: 'Log in of stuur een geldig organisatietoken mee (Authorization: Bearer …).' }, { 'WWW-Authenticate': 'Bearer realm="rijk-in-de-regio"' })
      : context.redirect(`/login?terug=${encodeURIComponent(context.url.pathname + context.url.search)}`, 303);
  } else if (auth.decision === 'forbidden') {
    response = isApi
      ? problemResponse({ title: 'Geen toegang', status: 403, detail: 'Je rol geeft geen toegang tot deze gegevens.' })
      : new Response('<!doctype html><html lang="nl"><meta charset="utf-8"><title>Geen toegang</title><h1>Geen toegang</h1><p>Je rol geeft geen toegang tot deze pagina. <a href="/dashboard">Naar het dashboard</a></p></html>', { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  } else {
    response = await next();
  }
  try {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!response.headers.has(name)) response.headers.set(name, value);
    }
  } catch {
    // Some responses (redirects made by the platform) have immutable headers; the server adds them.
  }
  return response;
}
