import type { APIRoute } from 'astro';
import { getConfig } from '../lib/config/config.ts';

/** GET /robots.txt: the sitemap line must be an absolute URL, so it is built from PUBLIC_BASE_URL. */
export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', 'Disallow: /dashboard', 'Disallow: /vacaturemail/', `Sitemap: ${getConfig().PUBLIC_BASE_URL}/sitemap.xml`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
