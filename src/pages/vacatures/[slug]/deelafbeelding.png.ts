import type { APIRoute } from 'astro';
import { z } from 'zod';
import { join } from 'node:path';
import { getConfig } from '../../../lib/config/config.ts';
import { getDatabase, getReferenceLookups } from '../../../lib/runtime/app-context.ts';
import { ShareImageCache } from '../../../lib/share-images/share-image-cache.ts';
import { renderSharePng } from '../../../lib/share-images/render-png.ts';
import { vacancyShareElement } from '../../../lib/share-images/vacancy-share-image.ts';
import { loadVacancyPage } from '../../../lib/vacancies/vacancy-page-data.ts';

let cache: ShareImageCache | null = null;

/** GET /vacatures/{slug}/deelafbeelding.png?v={version}: the 1200×630 share image (og:image). */
export const GET: APIRoute = async ({ params, url, redirect }) => {
  const slug = z.string().regex(/^[a-z0-9-]{3,120}$/).safeParse(params.slug);
  if (!slug.success) return new Response('Niet gevonden', { status: 404 });
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const data = await loadVacancyPage(db, slug.data, lookups.hubs);
  if (!data) return new Response('Niet gevonden', { status: 404 });
  // The version pins the content: an old or missing version redirects to the current image.
  if (url.searchParams.get('v') !== data.shareVersion) return redirect(`${url.pathname}?v=${data.shareVersion}`, 302);
  // Rendered once per vacancy version and kept on disk; unknown slugs never get here (404 above).
  cache ??= new ShareImageCache(join(getConfig().DATA_DIR, 'share-images'));
  const share = data.share;
  const png = await cache.get(`${slug.data}:${data.shareVersion}`, () => renderSharePng(vacancyShareElement(share)));
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=31536000, immutable' } });
};
