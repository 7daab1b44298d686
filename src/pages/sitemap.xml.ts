import type { APIRoute } from 'astro';
import { getConfig } from '../lib/config/config.ts';
import { escapeXml } from '../lib/maps/escape-xml.ts';
import { getDatabase } from '../lib/runtime/app-context.ts';
import { amsterdamDate } from '../lib/time/amsterdam-time.ts';

/** GET /sitemap.xml: public pages and every open vacancy, with lastmod. */
export const GET: APIRoute = async () => {
  const { db } = await getDatabase();
  const base = getConfig().PUBLIC_BASE_URL;
  const [provinces, organisations, vacancies] = await Promise.all([
    db.selectFrom('provincie').select('slug').orderBy('code').execute(),
    db.selectFrom('organisatie').select('code').orderBy('code').execute(),
    db.selectFrom('vacature').select(['slug', 'gewijzigd_op']).where('status', '=', 'open').where('sluitingsdatum', '>=', amsterdamDate()).orderBy('gewijzigd_op', 'desc').limit(45_000).execute(),
  ]);
  const urls: { loc: string; lastmod?: string }[] = [
    { loc: `${base}/` },
    { loc: `${base}/vacatures` },
    { loc: `${base}/regio` },
    ...provinces.map((p) => ({ loc: `${base}/regio/${p.slug}` })),
    { loc: `${base}/organisaties` },
    ...organisations.map((o) => ({ loc: `${base}/organisaties/${o.code}` })),
    { loc: `${base}/cijfers` },
    { loc: `${base}/acties` },
    { loc: `${base}/toegankelijkheid` },
    ...vacancies.map((v) => ({ loc: `${base}/vacatures/${v.slug}`, lastmod: new Date(v.gewijzigd_op).toISOString().slice(0, 10) })),
  ];
  const xml = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`), '</urlset>', ''].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=600' } });
};
