import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Place, PlaceFinder } from '../regions/place-finder.ts';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import { lookupPostcode } from '../regions/pc4-lookup.ts';
import type { ParamProblem, VacancySearchCriteria } from './vacancy-search-params.ts';

/**
 * The place a distance search starts from. Standplaatsen are stored per municipality, so distances
 * are measured between municipality centres (as the crow flies); a postcode or woonplaats counts as
 * the centre of its municipality.
 */
export interface SearchLocation {
  label: string;
  pc4: string | null;
  gemeenteCode: string;
  provincieCode: string;
  lat: number;
  lon: number;
  radiusKm: number;
  /** Municipalities within the radius with their province and distance, nearest first. */
  within: { code: string; provincieCode: string; km: number }[];
}

/** The outcome of resolving the place of a search: a location, a problem in words, or a choice to make. */
export interface LocationResolution {
  location: SearchLocation | null;
  problem: ParamProblem | null;
  /** Set when the name is in several municipalities ("Bergen"): the page asks which one. */
  choices: Place[];
}

/** The reference data a location needs. */
export interface LocationLookups {
  catalog: RegionCatalog;
  places: PlaceFinder;
}

/** Resolves the postcode or place of a search; no location when the search has none. */
export async function resolveSearchLocation(db: Kysely<DB>, lookups: LocationLookups, criteria: Pick<VacancySearchCriteria, 'postcode' | 'plaats' | 'afstandKm'>): Promise<LocationResolution> {
  const radiusKm = criteria.afstandKm ?? 25;
  let point: { label: string; pc4: string | null; gemeenteCode: string; provincieCode: string; lat: number; lon: number } | null = null;
  if (criteria.postcode) {
    const found = await lookupPostcode(db, criteria.postcode);
    if (!found.found) return { location: null, problem: { name: 'postcode', reason: found.message }, choices: [] };
    point = { label: found.pc4, pc4: found.pc4, gemeenteCode: found.gemeente.code, provincieCode: found.provincie.code, lat: found.gemeente.lat, lon: found.gemeente.lon };
  } else if (criteria.plaats) {
    const resolution = lookups.places.resolve(criteria.plaats);
    if (resolution.status === 'ambiguous') return { location: null, problem: null, choices: resolution.options };
    if (resolution.status === 'unknown') {
      const typed = criteria.plaats.slice(0, 40);
      const hint = resolution.suggestions.length ? ` Bedoel je ${resolution.suggestions.map((s) => s.label).join(', ')}?` : ' Probeer een andere plaatsnaam of een postcode.';
      return { location: null, problem: { name: 'plaats', reason: `We kennen geen plaats of gemeente "${typed}".${hint}` }, choices: [] };
    }
    const g = resolution.place.gemeente;
    point = { label: resolution.place.label, pc4: null, gemeenteCode: g.code, provincieCode: g.provincieCode, lat: g.lat, lon: g.lon };
  }
  if (!point) return { location: null, problem: null, choices: [] };
  const within = lookups.catalog.municipalitiesWithin(point, radiusKm).map((e) => ({ code: e.municipality.code, provincieCode: e.municipality.provincieCode, km: e.km }));
  return { location: { ...point, radiusKm, within }, problem: null, choices: [] };
}
