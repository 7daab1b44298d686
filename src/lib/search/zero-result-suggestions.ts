import { PROVINCE_NEIGHBOURS } from '../regions/province-neighbours.ts';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import type { SearchLocation } from './search-location.ts';
import { MAX_DISTANCE_KM, type VacancySearchCriteria } from './vacancy-search-params.ts';

/** A wider search to offer when a search finds nothing. */
export interface SuggestionCandidate {
  label: string;
  criteria: VacancySearchCriteria;
}

/**
 * Wider searches to try when nothing was found: a larger distance, the neighbouring provinces, and
 * vacancies that can partly be worked from a rijksontmoetingsplein. The caller counts each one and
 * shows those that find something.
 */
export function suggestionCandidates(c: VacancySearchCriteria, location: SearchLocation | null, catalog: RegionCatalog, hubProvinces: ReadonlySet<string>): SuggestionCandidate[] {
  const out: SuggestionCandidate[] = [];
  const base = { ...c, pagina: 1 };
  if (location && c.afstandKm !== null) {
    for (const km of [c.afstandKm * 2, 100]) {
      if (km > c.afstandKm && km <= MAX_DISTANCE_KM && !out.some((s) => s.criteria.afstandKm === km)) {
        out.push({ label: `binnen ${km} km van ${location.label}`, criteria: { ...base, afstandKm: km } });
      }
    }
  }
  if (c.provincies.length) {
    const neighbours = [...new Set(c.provincies.flatMap((code) => PROVINCE_NEIGHBOURS[code] ?? []))].filter((code) => !c.provincies.includes(code));
    if (neighbours.length) {
      const names = neighbours.map((code) => catalog.province(code)?.naam ?? code);
      out.push({ label: `in de buurprovincies (${names.join(', ')})`, criteria: { ...base, provincies: neighbours } });
    }
  }
  const home = location?.provincieCode ?? (c.provincies.length === 1 ? c.provincies[0] : undefined);
  if (home && hubProvinces.has(home) && !c.rijksontmoetingsplein) {
    const name = catalog.province(home)?.naam ?? home;
    out.push({
      label: `die je (deels) kunt doen vanaf een rijksontmoetingsplein in ${name}`,
      criteria: { ...base, provincies: [], postcode: null, plaats: null, afstandKm: null, sorteer: c.sorteer === 'afstand' ? 'relevantie' : c.sorteer, rijksontmoetingsplein: true },
    });
  }
  return out;
}
