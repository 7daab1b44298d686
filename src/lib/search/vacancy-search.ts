import type { MultiSearchQuery } from 'meilisearch';
import type { SearchConnection } from './search-client.ts';
import type { SearchLocation } from './search-location.ts';
import { indexNames } from './vacancy-indexer.ts';
import { VACANCY_FACETS, type VacancyFacet } from './vacancy-index-settings.ts';
import { activeFacets, buildVacancyFilter } from './vacancy-filter.ts';
import type { VacancySearchCriteria } from './vacancy-search-params.ts';
import type { VacancyHit, VacancySearchResult } from './vacancy-search-result.ts';
import type { VacancyDocument } from './vacancy-documents.ts';

const RETRIEVE = ['vacatureId', 'slug', 'titel', 'samenvatting', 'organisatie', 'organisatieCode', 'plaatsen', 'gemeenteCodes', 'provincieCodes', 'schaalMin', 'schaalMax', 'salarisMin', 'salarisMax', 'urenMin', 'urenMax', 'opleidingsniveau', 'vakgebied', 'contract', 'werkwijze', 'vanafRijksontmoetingsplein', 'gepubliceerdOp', 'sluitingsdatum', 'isDemo'];

function sortFor(c: VacancySearchCriteria, location: SearchLocation | null): string[] | undefined {
  switch (c.sorteer) {
    case 'nieuwste': return ['gepubliceerdOp:desc'];
    case 'sluitend': return ['sluitTijdstip:asc'];
    case 'salaris': return ['salarisMax:desc'];
    case 'afstand': return location ? [`_geoPoint(${location.lat}, ${location.lon}):asc`] : undefined;
    default: return undefined;
  }
}

/** Distance to the nearest standplaats of a hit, from the municipality distances of the location. */
export function nearestDistance(gemeenteCodes: string[], location: SearchLocation | null): number | null {
  if (!location) return null;
  let best: number | null = null;
  for (const w of location.within) if (gemeenteCodes.includes(w.code) && (best === null || w.km < best)) best = w.km;
  return best === null ? null : Math.round(best * 10) / 10;
}

/** Maps an indexed document to a hit. */
export function toHit(doc: Pick<VacancyDocument, 'vacatureId' | 'gepubliceerdOp'> & Omit<VacancyHit, 'id' | 'gepubliceerdOp' | 'afstandKm'>, location: SearchLocation | null): VacancyHit {
  return {
    id: doc.vacatureId,
    slug: doc.slug,
    titel: doc.titel,
    samenvatting: doc.samenvatting,
    organisatie: doc.organisatie,
    organisatieCode: doc.organisatieCode,
    plaatsen: doc.plaatsen,
    gemeenteCodes: doc.gemeenteCodes,
    provincieCodes: doc.provincieCodes,
    schaalMin: doc.schaalMin,
    schaalMax: doc.schaalMax,
    salarisMin: doc.salarisMin,
    salarisMax: doc.salarisMax,
    urenMin: doc.urenMin,
    urenMax: doc.urenMax,
    opleidingsniveau: doc.opleidingsniveau,
    vakgebied: doc.vakgebied,
    contract: doc.contract,
    werkwijze: doc.werkwijze,
    vanafRijksontmoetingsplein: doc.vanafRijksontmoetingsplein,
    gepubliceerdOp: new Date(doc.gepubliceerdOp * 1000).toISOString().slice(0, 10),
    sluitingsdatum: doc.sluitingsdatum,
    isDemo: doc.isDemo,
    afstandKm: nearestDistance(doc.gemeenteCodes, location),
  };
}

/**
 * Runs a vacancy search as one multi-search. The per-vacancy index answers the page of hits, the
 * exact total and the facet counts in one query (plus one count query per active facet, without
 * its own selection: disjunctive counts). Only "sort by distance" takes its hits from the
 * per-standplaats index (nearest standplaats first); there it uses offset/limit, because an exact
 * total under a distinct attribute costs Meilisearch a full deduplication (tens of ms at 100,000).
 */
export async function searchVacancies(search: SearchConnection, c: VacancySearchCriteria, location: SearchLocation | null, now: Date = new Date()): Promise<VacancySearchResult> {
  const names = indexNames(search);
  const active = activeFacets(c);
  const base = { q: c.q, locales: ['nld'] as ['nld'] };
  const byDistance = c.sorteer === 'afstand' && location !== null;
  const filter = buildVacancyFilter(c, location, now);
  const main: MultiSearchQuery = {
    ...base,
    indexUid: names.vacancies,
    filter,
    facets: VACANCY_FACETS.filter((f) => !active.includes(f)),
    page: c.pagina,
    hitsPerPage: byDistance ? 0 : c.paginaGrootte,
    ...(byDistance ? {} : { sort: sortFor(c, location), attributesToRetrieve: RETRIEVE }),
  };
  const queries: MultiSearchQuery[] = [
    main,
    ...active.map((facet): MultiSearchQuery => ({ ...base, indexUid: names.vacancies, filter: buildVacancyFilter(c, location, now, facet), facets: [facet], page: 1, hitsPerPage: 0 })),
  ];
  if (byDistance) {
    queries.push({ ...base, indexUid: names.locations, filter, sort: sortFor(c, location), offset: (c.pagina - 1) * c.paginaGrootte, limit: c.paginaGrootte, attributesToRetrieve: RETRIEVE });
  }
  const started = performance.now();
  const { results } = await search.client.multiSearch({ queries });
  const countResult = results[0];
  const facetResults = results.slice(1, 1 + active.length);
  const hitsResult = byDistance ? results[1 + active.length] : countResult;
  if (!countResult || !hitsResult) throw new Error('Meilisearch returned too few results');
  const facets = Object.fromEntries(VACANCY_FACETS.map((f) => [f, {}])) as Record<VacancyFacet, Record<string, number>>;
  Object.assign(facets, countResult.facetDistribution ?? {});
  active.forEach((facet, i) => { facets[facet] = facetResults[i]?.facetDistribution?.[facet] ?? {}; });
  const total = countResult.totalHits ?? 0;
  return {
    engine: 'meilisearch',
    total,
    pagina: c.pagina,
    paginaGrootte: c.paginaGrootte,
    aantalPaginas: Math.max(1, Math.ceil(total / c.paginaGrootte)),
    hits: hitsResult.hits.map((h) => toHit(h as never, location)),
    facets,
    processingTimeMs: Math.round(performance.now() - started),
  };
}

/**
 * Counts several searches in ONE Meilisearch multi-search (totals only, no hits): the ways out of an
 * empty result are counted together instead of one round trip each.
 */
export async function countVacancySearches(search: SearchConnection, searches: { criteria: VacancySearchCriteria; location: SearchLocation | null }[], now: Date = new Date()): Promise<number[]> {
  if (searches.length === 0) return [];
  const names = indexNames(search);
  const { results } = await search.client.multiSearch({
    queries: searches.map(({ criteria, location }): MultiSearchQuery => ({ q: criteria.q, locales: ['nld'], indexUid: names.vacancies, filter: buildVacancyFilter(criteria, location, now), page: 1, hitsPerPage: 0 })),
  });
  return results.map((r) => r.totalHits ?? 0);
}
