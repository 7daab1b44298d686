import type { VacancyHit } from './vacancy-search-result.ts';

/** The vacancy whose neighbours are wanted. */
export interface SimilarTo {
  id: string;
  titel: string;
  vakgebied: string;
  opleidingsniveau: string;
}

const titleKey = (titel: string) => titel.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Picks similar vacancies: same field AND level first, then same field; nearer before further within
 * each; never the vacancy itself, never a title twice (nor its own title).
 */
export function pickSimilar(own: SimilarTo, candidates: VacancyHit[], limit = 5): VacancyHit[] {
  const seen = new Set([titleKey(own.titel)]);
  const ranked = candidates
    .filter((h) => h.id !== own.id && h.vakgebied === own.vakgebied)
    .map((h, order) => ({ h, order, sameLevel: h.opleidingsniveau === own.opleidingsniveau ? 0 : 1 }))
    .sort((a, b) => a.sameLevel - b.sameLevel || (a.h.afstandKm ?? Infinity) - (b.h.afstandKm ?? Infinity) || a.order - b.order);
  const out: VacancyHit[] = [];
  for (const { h } of ranked) {
    const key = titleKey(h.titel);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
    if (out.length === limit) break;
  }
  return out;
}
