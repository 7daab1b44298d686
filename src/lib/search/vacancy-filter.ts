import type { VacancyFacet } from './vacancy-index-settings.ts';
import type { SearchLocation } from './search-location.ts';
import type { VacancySearchCriteria } from './vacancy-search-params.ts';

/** A Meilisearch filter: expressions ANDed; an inner array ORs its expressions. */
export type MeiliFilter = (string | string[])[];

/** Quotes a value for a Meilisearch filter. Values are already validated codes; quoting is defence in depth. */
export function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '')}"`;
}

const inList = (field: string, values: string[]) => `${field} IN [${values.map(quote).join(', ')}]`;

/**
 * The municipalities a location search allows: within the radius and, when provinces are selected
 * (and not left out for their own facet count), in one of them. So province and radius must hold for
 * the SAME standplaats: a vacancy in Den Haag and Groningen does not match "province Groningen within
 * 100 km of Middelburg". Null without a location.
 */
export function locationCodes(c: VacancySearchCriteria, location: SearchLocation | null, except?: VacancyFacet): string[] | null {
  if (!location) return null;
  const inProvinces = c.provincies.length > 0 && except !== 'provincieCodes';
  return location.within.filter((w) => !inProvinces || c.provincies.includes(w.provincieCode)).map((w) => w.code);
}

/**
 * Builds the filter for a validated search. `except` leaves one facet's own selection out, which
 * gives disjunctive counts: with Groningen selected, the province facet still counts Drenthe.
 * Radius: the municipalities within the distance, so both indexes filter identically.
 */
export function buildVacancyFilter(c: VacancySearchCriteria, location: SearchLocation | null, now: Date, except?: VacancyFacet): MeiliFilter {
  const filter: MeiliFilter = [`sluitTijdstip > ${Math.floor(now.getTime() / 1000)}`];
  if (c.provincies.length && except !== 'provincieCodes') filter.push(inList('provincieCodes', c.provincies));
  const codes = locationCodes(c, location, except);
  if (codes) filter.push(codes.length ? inList('gemeenteCodes', codes) : 'gemeenteCodes IN []');
  if (c.organisaties.length && except !== 'organisatieCode') filter.push(inList('organisatieCode', c.organisaties));
  if (c.vakgebieden.length && except !== 'vakgebied') filter.push(inList('vakgebied', c.vakgebieden));
  if (c.opleidingsniveaus.length && except !== 'opleidingsniveau') filter.push(inList('opleidingsniveau', c.opleidingsniveaus));
  if (c.contracten.length && except !== 'contract') filter.push(inList('contract', c.contracten));
  if (c.werkwijzen.length && except !== 'werkwijze') filter.push(inList('werkwijze', c.werkwijzen));
  if (c.rijksontmoetingsplein && except !== 'vanafRijksontmoetingsplein') filter.push('vanafRijksontmoetingsplein = true');
  // Ranges match on overlap: a vacancy for scale 9–11 matches a search for 11–12.
  if (c.schaalMin !== null) filter.push(`schaalMax >= ${c.schaalMin}`);
  if (c.schaalMax !== null) filter.push(`schaalMin <= ${c.schaalMax}`);
  if (c.salarisMin !== null) filter.push(`salarisMax >= ${c.salarisMin}`);
  if (c.urenMin !== null) filter.push(`urenMax >= ${c.urenMin}`);
  if (c.urenMax !== null) filter.push(`urenMin <= ${c.urenMax}`);
  return filter;
}

/** The facets whose selection is active (they need their own disjunctive count query). */
export function activeFacets(c: VacancySearchCriteria): VacancyFacet[] {
  const active: VacancyFacet[] = [];
  if (c.provincies.length) active.push('provincieCodes');
  if (c.organisaties.length) active.push('organisatieCode');
  if (c.vakgebieden.length) active.push('vakgebied');
  if (c.opleidingsniveaus.length) active.push('opleidingsniveau');
  if (c.contracten.length) active.push('contract');
  if (c.werkwijzen.length) active.push('werkwijze');
  if (c.rijksontmoetingsplein) active.push('vanafRijksontmoetingsplein');
  return active;
}
