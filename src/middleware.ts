import { defineMiddleware } from 'astro:middleware';
import { authenticateRequest } from './lib/auth/request-auth.ts';
import { isForbiddenCrossSiteRequest } from './lib/http/origin-check.ts';
import { problemResponse } from './lib/http/problem.ts';
import { SECURITY_HEADERS } from './lib/http/security-headers.ts';
import { getDatabase } from './lib/runtime/app-context.ts';
import { startBackgroundJobs } from './lib/runtime/background-jobs.ts';

/**
 * Every request: start the background jobs once, apply the declared access matrix, add the
 * security headers. Pages and endpoints never decide access on their own.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.isPrerendered && isForbiddenCrossSiteRequest(context.request, context.url)) {
    return new Response(`Cross-site ${context.request.method} form submissions are forbidden`, { status: 403 });
  }
  startBackgroundJobs();
  const auth = await authenticateRequest(async () => (await getDatabase()).db, context.request, context.url.pathname);
  context.locals.session = auth.session;
  context.locals.tokenOrganisation = auth.tokenOrganisation;
  const isApi = context.url.pathname.startsWith('/api/');
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
});
