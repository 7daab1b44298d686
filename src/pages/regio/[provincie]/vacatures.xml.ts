import type { APIRoute } from 'astro';
import { getConfig } from '../../../lib/config/config.ts';
import { vacancySearchFeed } from '../../../lib/feeds/vacancy-feed.ts';
import { getDatabase, getReferenceLookups, getSearch } from '../../../lib/runtime/app-context.ts';
import { runVacancySearch } from '../../../lib/search/vacancy-search-service.ts';

/** GET /regio/{provincie}/vacatures.xml: the Atom feed of open vacancies in one province. */
export const GET: APIRoute = async ({ params }) => {
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const province = lookups.catalog.province(params.provincie ?? '');
  if (!province) return new Response('Onbekende provincie', { status: 404 });
  const outcome = await runVacancySearch(new URLSearchParams({ provincie: province.code, sorteer: 'nieuwste', paginaGrootte: '50' }), { db, search: getSearch, ...lookups });
  const base = getConfig().PUBLIC_BASE_URL;
  const xml = vacancySearchFeed(outcome, {
    baseUrl: base,
    title: `Rijk in de Regio: vacatures in ${province.naam}`,
    selfUrl: `${base}/regio/${province.slug}/vacatures.xml`,
    htmlUrl: `${base}/vacatures?provincie=${province.code}`,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
};
