import { defineMiddleware } from 'astro:middleware';
import { SECURITY_HEADERS } from './lib/http/security-headers.ts';
import { startBackgroundJobs } from './lib/runtime/background-jobs.ts';

/** Adds the security headers to every rendered response. */
export const onRequest = defineMiddleware(async (_context, next) => {
  startBackgroundJobs();
  const response = await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
});
