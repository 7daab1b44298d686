import { defineMiddleware } from 'astro:middleware';
import { SECURITY_HEADERS } from './lib/http/security-headers.ts';

/** Adds the security headers to every rendered response. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
});
