import type { APIRoute } from 'astro';
import { z } from 'zod';
import { getDatabase, getReferenceLookups } from '../../../lib/runtime/app-context.ts';
import { renderSharePng } from '../../../lib/share-images/render-png.ts';
import { vacancyShareElement } from '../../../lib/share-images/vacancy-share-image.ts';
import { loadVacancyPage } from '../../../lib/vacancies/vacancy-page-data.ts';

const cache = new Map<string, Uint8Array>();
const MAX_CACHED = 500;

/** GET /vacatures/{slug}/deelafbeelding.png?v={version}: the 1200×630 share image (og:image). */
export const GET: APIRoute = async ({ params, url, redirect }) => {
  const slug = z.string().regex(/^[a-z0-9-]{3,120}$/).safeParse(params.slug);
  if (!slug.success) return new Response('Niet gevonden', { status: 404 });
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const data = await loadVacancyPage(db, slug.data, lookups.hubs);
  if (!data) return new Response('Niet gevonden', { status: 404 });
  // The version pins the content: an old or missing version redirects to the current image.
  if (url.searchParams.get('v') !== data.shareVersion) return redirect(`${url.pathname}?v=${data.shareVersion}`, 302);
  const key = `${slug.data}:${data.shareVersion}`;
  let png = cache.get(key);
  if (!png) {
    png = await renderSharePng(vacancyShareElement(data.share));
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, png);
  }
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=31536000, immutable' } });
};
