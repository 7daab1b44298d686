import { z } from 'zod';
import { getDatabase, getReferenceLookups, getSearch } from '../runtime/app-context.ts';
import type { VacancyHit } from '../search/vacancy-search-result.ts';
import { runVacancySearch } from '../search/vacancy-search-service.ts';
import { loadVacancyPage, type VacancyPageData } from '../vacancies/vacancy-page-data.ts';

/**
 * Data of /vacatures/{slug} (both languages): the vacancy, its status and, while open, similar
 * vacancies nearby; null for an unknown or malformed slug.
 */
export async function vacancyPageRoute(slugParam: string | undefined): Promise<{ data: VacancyPageData; similar: VacancyHit[]; status: 200 | 410 } | null> {
  const slug = z.string().regex(/^[a-z0-9-]{3,120}$/).safeParse(slugParam);
  if (!slug.success) return null;
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const data = await loadVacancyPage(db, slug.data, lookups.hubs);
  if (!data) return null;
  // A closed vacancy answers 410 Gone and has already left search.
  if (data.status !== 'open') return { data, similar: [], status: 410 };
  const first = data.vacancy.locaties[0];
  const params = new URLSearchParams({ vakgebied: data.vacancy.vakgebied, sorteer: 'afstand', paginaGrootte: '6', afstand: '50' });
  if (first) params.set('plaats', first.gemeenteCode);
  const similar = (await runVacancySearch(params, { db, search: getSearch, ...lookups })).result.hits.filter((h) => h.id !== data.vacancy.id).slice(0, 5);
  return { data, similar, status: 200 };
}
