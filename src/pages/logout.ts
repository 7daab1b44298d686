import type { APIRoute } from 'astro';
import { getConfig } from '../lib/config/config.ts';
import { verifyCsrf } from '../lib/auth/csrf.ts';
import { clearSessionCookieHeader, destroySession, readSessionToken } from '../lib/auth/sessions.ts';
import { BODY_LIMITS, readSmallForm, RequestBodyError } from '../lib/http/request-body.ts';
import { getDatabase } from '../lib/runtime/app-context.ts';

/** POST /logout: ends the session (CSRF-checked) and clears the cookie. */
export const POST: APIRoute = async ({ request, locals }) => {
  let form: Map<string, string>;
  try {
    form = await readSmallForm(request, BODY_LIMITS.smallForm);
  } catch (error) {
    if (error instanceof RequestBodyError) return new Response(error.message, { status: error.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    throw error;
  }
  if (locals.session && !verifyCsrf(locals.session, form.get('_csrf'))) return new Response('Ongeldig formulier (CSRF). Laad de pagina opnieuw.', { status: 403 });
  await destroySession((await getDatabase()).db, readSessionToken(request.headers.get('cookie')));
  return new Response(null, { status: 303, headers: { Location: '/', 'Set-Cookie': clearSessionCookieHeader({ production: getConfig().NODE_ENV === 'production' }), 'Cache-Control': 'no-store' } });
};
