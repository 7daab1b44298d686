import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { PlaceFinder } from '../regions/place-finder.ts';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import { resolveSearchLocation } from '../search/search-location.ts';
import { searchVacanciesInDatabase } from '../search/vacancy-fallback-search.ts';
import { criteriaToParams, parseVacancySearchParams, type VacancySearchCriteria } from '../search/vacancy-search-params.ts';
import type { VacancySearchResult } from '../search/vacancy-search-result.ts';
import { labelOf, VAKGEBIEDEN } from '../vacancies/vacancy-vocabulary.ts';

/** The reference data an alert search needs. */
export interface AlertLookups {
  catalog: RegionCatalog;
  places: PlaceFinder;
  organisationCodes: ReadonlySet<string>;
}

/** A search as an alert stores it: canonical query (no page, no sort) and a description in words. */
export function canonicalAlertSearch(query: string, lookups: AlertLookups): { zoekopdracht: string; omschrijving: string; criteria: VacancySearchCriteria } {
  const { criteria } = parseVacancySearchParams(new URLSearchParams(query), lookups);
  const c = { ...criteria, pagina: 1, paginaGrootte: 20, sorteer: 'relevantie' as const };
  // The place as the site names it, so "zwolle" and "Zwolle" are one alert.
  const place = c.plaats ? lookups.places.resolve(c.plaats) : null;
  if (place?.status === 'found') c.plaats = place.place.label;
  return { zoekopdracht: criteriaToParams(c).toString(), omschrijving: describeSearch(c, lookups.catalog), criteria: c };
}

/** "beleidsmedewerker, binnen 25 km van Zwolle, in Overijssel" — or "alle vacatures". */
export function describeSearch(c: VacancySearchCriteria, catalog: RegionCatalog): string {
  const parts: string[] = [];
  if (c.q) parts.push(`"${c.q}"`);
  if (c.postcode || c.plaats) parts.push(`binnen ${c.afstandKm ?? 25} km van ${c.plaats ?? c.postcode}`);
  if (c.provincies.length) parts.push(`in ${c.provincies.map((p) => catalog.province(p)?.naam ?? p).join(' of ')}`);
  if (c.vakgebieden.length) parts.push(c.vakgebieden.map((v) => labelOf(VAKGEBIEDEN, v, 'nl')).join(' of '));
  const other = c.opleidingsniveaus.length + c.contracten.length + c.werkwijzen.length + c.organisaties.length + (c.schaalMin !== null || c.schaalMax !== null ? 1 : 0) + (c.salarisMin !== null ? 1 : 0) + (c.urenMin !== null || c.urenMax !== null ? 1 : 0) + (c.rijksontmoetingsplein ? 1 : 0);
  if (other) parts.push(`met ${other} ${other === 1 ? 'ander filter' : 'andere filters'}`);
  return parts.length ? `vacatures ${parts.join(', ')}` : 'alle vacatures';
}

/** The vacancies of a saved search stored after `since`, newest first (PostgreSQL: exact, not latency-bound). */
export async function newVacanciesFor(db: Kysely<DB>, zoekopdracht: string, since: Date, lookups: AlertLookups, now: Date): Promise<VacancySearchResult> {
  const { criteria } = canonicalAlertSearch(zoekopdracht, lookups);
  const { location } = await resolveSearchLocation(db, lookups, criteria);
  return searchVacanciesInDatabase(db, { ...criteria, sorteer: 'nieuwste' }, location, now, { createdAfter: since });
}
