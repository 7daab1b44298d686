import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Place, PlaceFinder } from '../regions/place-finder.ts';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import type { SearchConnection } from './search-client.ts';
import { resolveSearchLocation, type SearchLocation } from './search-location.ts';
import { searchVacanciesInDatabase } from './vacancy-fallback-search.ts';
import { countVacancySearches, searchVacancies } from './vacancy-search.ts';
import { criteriaToParams, parseVacancySearchParams, type ParamProblem, type VacancySearchCriteria } from './vacancy-search-params.ts';
import type { VacancySearchResult } from './vacancy-search-result.ts';
import { suggestionCandidates } from './zero-result-suggestions.ts';

/** What the search page and the API need to answer one request. */
export interface VacancySearchOutcome {
  criteria: VacancySearchCriteria;
  problems: ParamProblem[];
  location: SearchLocation | null;
  result: VacancySearchResult;
  /** True when Meilisearch could not be reached and PostgreSQL answered instead. */
  degraded: boolean;
  suggestions: { label: { nl: string; en: string }; query: string; count: number }[];
  /** What was typed in the postcode-or-place field, kept so the field never empties on a problem. */
  locationInput: string;
  /** Places to choose from when the typed name is in several municipalities ("Bergen"). */
  placeChoices: Place[];
}

/** Everything the search service depends on. */
export interface VacancySearchDeps {
  db: Kysely<DB>;
  search: () => Promise<SearchConnection>;
  catalog: RegionCatalog;
  places: PlaceFinder;
  organisationCodes: ReadonlySet<string>;
  hubProvinces: ReadonlySet<string>;
  now?: Date;
  /** Called when Meilisearch fails, so the health state can reflect it. */
  onSearchFailure?: (error: Error) => void;
}

const SEARCH_TIMEOUT_MS = 2500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`search timed out after ${ms} ms`)), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e as Error); });
  });
}

/**
 * Parses, resolves and runs a vacancy search: Meilisearch first, PostgreSQL when Meilisearch is
 * unreachable (never an error page). For an empty result it counts wider alternatives.
 */
export async function runVacancySearch(params: URLSearchParams, deps: VacancySearchDeps): Promise<VacancySearchOutcome> {
  const now = deps.now ?? new Date();
  const { criteria, problems } = parseVacancySearchParams(params, { catalog: deps.catalog, organisationCodes: deps.organisationCodes });
  const locationInput = criteria.postcode ?? criteria.plaats ?? '';
  const { location, problem, choices } = await resolveSearchLocation(deps.db, deps, criteria);
  // The canonical name goes back into links and the field: "den haag" becomes "Den Haag".
  if (location && criteria.plaats) criteria.plaats = location.label;
  if (problem || choices.length) {
    if (problem) problems.push(problem);
    criteria.postcode = null;
    criteria.plaats = null;
    // With a choice to make, the distance is kept for the links that make it.
    if (problem) criteria.afstandKm = null;
    if (criteria.sorteer === 'afstand') criteria.sorteer = 'relevantie';
  }
  let degraded = false;
  const execute = async (c: VacancySearchCriteria, loc: SearchLocation | null): Promise<VacancySearchResult> => {
    if (!degraded) {
      try {
        return await withTimeout(deps.search().then((s) => searchVacancies(s, c, loc, now)), SEARCH_TIMEOUT_MS);
      } catch (error) {
        degraded = true;
        deps.onSearchFailure?.(error as Error);
      }
    }
    return searchVacanciesInDatabase(deps.db, c, loc, now);
  };
  const result = await execute(criteria, location);
  const count = async (searches: { criteria: VacancySearchCriteria; location: SearchLocation | null }[]): Promise<number[]> => {
    if (!degraded) {
      try {
        return await withTimeout(deps.search().then((s) => countVacancySearches(s, searches, now)), SEARCH_TIMEOUT_MS);
      } catch (error) {
        degraded = true;
        deps.onSearchFailure?.(error as Error);
      }
    }
    return Promise.all(searches.map(async (s) => (await searchVacanciesInDatabase(deps.db, s.criteria, s.location, now)).total));
  };
  const suggestions: VacancySearchOutcome['suggestions'] = [];
  if (result.total === 0) {
    const candidates = suggestionCandidates(criteria, location, deps.catalog, deps.hubProvinces);
    const searches = await Promise.all(candidates.map(async (candidate) => ({
      criteria: { ...candidate.criteria, paginaGrootte: 1 },
      location: candidate.criteria.postcode || candidate.criteria.plaats ? (await resolveSearchLocation(deps.db, deps, candidate.criteria)).location : null,
    })));
    const counts = await count(searches);
    let radiusShown = false;
    candidates.forEach((candidate, i) => {
      const n = counts[i] ?? 0;
      if (n === 0 || (candidate.kind === 'radius' && radiusShown)) return;
      if (candidate.kind === 'radius') radiusShown = true;
      suggestions.push({ label: candidate.label, query: criteriaToParams(candidate.criteria).toString(), count: n });
    });
  }
  return { criteria, problems, location, result, degraded, suggestions, locationInput: location ? location.label : locationInput, placeChoices: choices };
}
