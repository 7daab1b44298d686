import type { APIRoute } from 'astro';
import { getConfig } from '../../lib/config/config.ts';
import { vacancySearchFeed } from '../../lib/feeds/vacancy-feed.ts';
import { getDatabase, getReferenceLookups, getSearch } from '../../lib/runtime/app-context.ts';
import { searchSummary } from '../../lib/search/search-summary.ts';
import { criteriaToParams } from '../../lib/search/vacancy-search-params.ts';
import { runVacancySearch } from '../../lib/search/vacancy-search-service.ts';

/** GET /vacatures/feed.xml?…: an Atom feed for any search (same parameters as /vacatures), newest first. */
export const GET: APIRoute = async ({ url }) => {
  const params = new URLSearchParams(url.searchParams);
  params.set('sorteer', 'nieuwste');
  params.set('paginaGrootte', '50');
  params.delete('pagina');
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const outcome = await runVacancySearch(params, { db, search: getSearch, ...lookups });
  const base = getConfig().PUBLIC_BASE_URL;
  const query = criteriaToParams(outcome.criteria, { sorteer: 'relevantie', paginaGrootte: 20 }).toString();
  const title = `Rijk in de Regio: ${searchSummary(outcome.result.total, outcome.criteria, outcome.location, outcome.criteria.provincies.map((c) => lookups.catalog.province(c)?.naam ?? c))}`;
  const xml = vacancySearchFeed(outcome, { baseUrl: base, title, selfUrl: `${base}/vacatures/feed.xml${query ? `?${query}` : ''}`, htmlUrl: `${base}/vacatures${query ? `?${query}` : ''}` });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
};
