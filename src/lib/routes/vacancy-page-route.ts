import { z } from 'zod';
import { getDatabase, getReferenceLookups, getSearch } from '../runtime/app-context.ts';
import type { VacancyHit } from '../search/vacancy-search-result.ts';
import { pickSimilar } from '../search/similar-vacancies.ts';
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
  // Same field and level within 50 km, then same field within 100 km; pickSimilar ranks and removes duplicates.
  const v = data.vacancy;
  const first = v.locaties[0];
  const search = async (extra: Record<string, string>) => {
    const params = new URLSearchParams({ vakgebied: v.vakgebied, sorteer: first ? 'afstand' : 'nieuwste', paginaGrootte: '12', ...extra });
    if (first) params.set('plaats', first.gemeenteCode);
    else params.delete('afstand');
    return (await runVacancySearch(params, { db, search: getSearch, ...lookups })).result.hits;
  };
  const [sameLevel, sameField] = await Promise.all([search({ opleidingsniveau: v.opleidingsniveau, afstand: '50' }), search({ afstand: '100' })]);
  const similar = pickSimilar(v, [...sameLevel, ...sameField]);
  return { data, similar, status: 200 };
}
