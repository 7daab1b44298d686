import { formatEuro } from '../format/euro-format.ts';
import { PROVINCE_NEIGHBOURS } from '../regions/province-neighbours.ts';
import type { RegionCatalog } from '../regions/region-catalog.ts';
import type { SearchLocation } from './search-location.ts';
import { MAX_DISTANCE_KM, type VacancySearchCriteria } from './vacancy-search-params.ts';

/** A wider search to offer when a search finds nothing. */
export interface SuggestionCandidate {
  /** What the wider search is, after "N vacatures", in both page languages. */
  label: { nl: string; en: string };
  criteria: VacancySearchCriteria;
  /** Radius candidates are alternatives: only the nearest one that finds something is shown. */
  kind: 'radius' | 'wider';
}

/** The radii tried for "the nearest distance that has results". */
export const SUGGESTED_RADII_KM = [10, 25, 50, 100] as const;

/**
 * Ways out of an empty result: the nearest larger radius (10/25/50/100 km), the search without its
 * keyword, without the minimum salary, the whole country, the neighbouring provinces, and vacancies that can partly be worked from a
 * rijksontmoetingsplein. The caller counts them all at once and shows those that find something.
 */
export function suggestionCandidates(c: VacancySearchCriteria, location: SearchLocation | null, catalog: RegionCatalog, hubProvinces: ReadonlySet<string>): SuggestionCandidate[] {
  const out: SuggestionCandidate[] = [];
  const base = { ...c, pagina: 1 };
  const sorteer = c.sorteer === 'afstand' ? 'relevantie' : c.sorteer;
  if (location && c.afstandKm !== null) {
    for (const km of SUGGESTED_RADII_KM) {
      if (km > c.afstandKm && km <= MAX_DISTANCE_KM) out.push({ kind: 'radius', label: { nl: `binnen ${km} km van ${location.label}`, en: `within ${km} km of ${location.label}` }, criteria: { ...base, afstandKm: km } });
    }
  }
  if (c.q) out.push({ kind: 'wider', label: { nl: `zonder de zoekterm "${c.q}"`, en: `without the search term "${c.q}"` }, criteria: { ...base, q: '' } });
  if (c.salarisMin !== null) out.push({ kind: 'wider', label: { nl: `zonder het minimumsalaris van ${formatEuro(c.salarisMin)} per maand`, en: `without the minimum salary of ${formatEuro(c.salarisMin)} a month` }, criteria: { ...base, salarisMin: null } });
  if (location || c.provincies.length) {
    out.push({ kind: 'wider', label: { nl: 'in heel Nederland', en: 'in the whole of the Netherlands' }, criteria: { ...base, provincies: [], postcode: null, plaats: null, afstandKm: null, sorteer } });
  }
  if (c.provincies.length) {
    const neighbours = [...new Set(c.provincies.flatMap((code) => PROVINCE_NEIGHBOURS[code] ?? []))].filter((code) => !c.provincies.includes(code));
    if (neighbours.length) {
      const names = neighbours.map((code) => catalog.province(code)?.naam ?? code);
      out.push({ kind: 'wider', label: { nl: `in de buurprovincies (${names.join(', ')})`, en: `in the neighbouring provinces (${names.join(', ')})` }, criteria: { ...base, provincies: neighbours } });
    }
  }
  const home = location?.provincieCode ?? (c.provincies.length === 1 ? c.provincies[0] : undefined);
  if (home && hubProvinces.has(home) && !c.rijksontmoetingsplein) {
    const name = catalog.province(home)?.naam ?? home;
    out.push({
      kind: 'wider',
      label: { nl: `die je (deels) kunt doen vanaf een rijksontmoetingsplein in ${name}`, en: `you can (partly) do from a government hub in ${name}` },
      criteria: { ...base, provincies: [], postcode: null, plaats: null, afstandKm: null, sorteer, rijksontmoetingsplein: true },
    });
  }
  return out;
}
