import type { VacancySearchOutcome } from '../search/vacancy-search-service.ts';
import { atomFeed } from './atom-feed.ts';

/** The Atom feed of a vacancy search (the newest 50 open vacancies matching it). */
export function vacancySearchFeed(outcome: VacancySearchOutcome, options: { baseUrl: string; title: string; selfUrl: string; htmlUrl: string }): string {
  const entries = outcome.result.hits.map((h) => ({
    id: `${options.baseUrl}/vacatures/${h.slug}`,
    title: `${h.titel} — ${h.organisatie} (${h.plaatsen.join(', ')})`,
    url: `${options.baseUrl}/vacatures/${h.slug}`,
    updated: `${h.gepubliceerdOp}T00:00:00Z`,
    summary: `${h.isDemo ? '[Voorbeeldvacature] ' : ''}${h.samenvatting} Schaal ${h.schaalMin}–${h.schaalMax}. Reageren tot en met ${h.sluitingsdatum}.`,
    author: h.organisatie,
    categories: [h.vakgebied, ...h.provincieCodes],
  }));
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), '2000-01-01T00:00:00Z');
  return atomFeed({ id: options.selfUrl, title: options.title, selfUrl: options.selfUrl, htmlUrl: options.htmlUrl, updated, entries });
}
