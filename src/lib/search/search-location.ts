import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import { lookupPostcode } from '../regions/pc4-lookup.ts';
import type { ParamProblem, VacancySearchCriteria } from './vacancy-search-params.ts';

/**
 * The place a distance search starts from. Standplaatsen are stored per municipality, so distances
 * are measured between municipality centres (as the crow flies); a postcode counts as the centre
 * of its municipality.
 */
export interface SearchLocation {
  label: string;
  pc4: string | null;
  gemeenteCode: string;
  provincieCode: string;
  lat: number;
  lon: number;
  radiusKm: number;
  /** Municipalities within the radius with their distance, nearest first. */
  within: { code: string; km: number }[];
}

/** Resolves the postcode or place of a search; null when the search has none. */
export async function resolveSearchLocation(
  db: Kysely<DB>,
  catalog: RegionCatalog,
  criteria: Pick<VacancySearchCriteria, 'postcode' | 'plaats' | 'afstandKm'>,
): Promise<{ location: SearchLocation | null; problem: ParamProblem | null }> {
  const radiusKm = criteria.afstandKm ?? 25;
  let point: { label: string; pc4: string | null; gemeenteCode: string; provincieCode: string; lat: number; lon: number } | null = null;
  if (criteria.postcode) {
    const found = await lookupPostcode(db, criteria.postcode);
    if (!found.found) return { location: null, problem: { name: 'postcode', reason: found.message } };
    point = { label: found.pc4, pc4: found.pc4, gemeenteCode: found.gemeente.code, provincieCode: found.provincie.code, lat: found.gemeente.lat, lon: found.gemeente.lon };
  } else if (criteria.plaats) {
    const m = catalog.municipality(criteria.plaats);
    if (!m) return { location: null, problem: { name: 'plaats', reason: `"${criteria.plaats.slice(0, 40)}" is geen gemeente die wij kennen; probeer de naam van de gemeente of een postcode` } };
    point = { label: m.naam, pc4: null, gemeenteCode: m.code, provincieCode: m.provincieCode, lat: m.lat, lon: m.lon };
  }
  if (!point) return { location: null, problem: null };
  const within = catalog.municipalitiesWithin(point, radiusKm).map((e) => ({ code: e.municipality.code, km: e.km }));
  return { location: { ...point, radiusKm, within }, problem: null };
}
