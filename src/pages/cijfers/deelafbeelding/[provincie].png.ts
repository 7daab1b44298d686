import type { APIRoute } from 'astro';
import { getDatabase, getReferenceLookups } from '../../../lib/runtime/app-context.ts';
import { renderSharePng } from '../../../lib/share-images/render-png.ts';
import { provinceShareElement, provinceShareVersion } from '../../../lib/share-images/province-share-image.ts';
import { loadProvinceSeries } from '../../../lib/statistics/employment-queries.ts';

const cache = new Map<string, Uint8Array>();

/** GET /cijfers/deelafbeelding/{provincie}.png?v=…: share image of the key chart of a province. */
export const GET: APIRoute = async ({ params, url, redirect }) => {
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const province = lookups.catalog.province(params.provincie ?? '');
  if (!province) return new Response('Onbekende provincie', { status: 404 });
  // One kind of snapshot (real when any real one is published); the label follows from every year shown.
  const series = await loadProvinceSeries(db);
  const region = series.regions.find((r) => r.regioCode === province.code);
  const data = {
    provincie: province.naam,
    jaren: series.peildata.map((p, i) => ({ jaar: Number(p.slice(0, 4)), fte: region?.fte[i] ?? 0 })),
    isDemo: series.voorbeeldgegevens,
  };
  const version = provinceShareVersion(data);
  if (url.searchParams.get('v') !== version) return redirect(`${url.pathname}?v=${version}`, 302);
  let png = cache.get(`${province.code}:${version}`);
  if (!png) {
    png = await renderSharePng(provinceShareElement(data));
    cache.set(`${province.code}:${version}`, png);
  }
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=31536000, immutable' } });
};
