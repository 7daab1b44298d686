import type { Locale } from '../i18n/locales.ts';

// What the search form calls each parameter, so messages never show raw names like "schaalMin".
const LABELS: Record<string, { nl: string; en: string }> = {
  q: { nl: 'Zoekterm', en: 'Search term' },
  provincie: { nl: 'Provincie', en: 'Province' },
  postcode: { nl: 'Postcode of plaats', en: 'Postcode or place' },
  plaats: { nl: 'Postcode of plaats', en: 'Postcode or place' },
  afstand: { nl: 'Afstand', en: 'Distance' },
  organisatie: { nl: 'Organisatie', en: 'Organisation' },
  vakgebied: { nl: 'Vakgebied', en: 'Field' },
  opleidingsniveau: { nl: 'Opleidingsniveau', en: 'Education level' },
  contract: { nl: 'Contract', en: 'Contract' },
  werkwijze: { nl: 'Werkwijze', en: 'Work mode' },
  schaalMin: { nl: 'Salarisschaal', en: 'Salary scale' },
  schaalMax: { nl: 'Salarisschaal', en: 'Salary scale' },
  salarisMin: { nl: 'Salaris', en: 'Salary' },
  urenMin: { nl: 'Uren per week', en: 'Hours per week' },
  urenMax: { nl: 'Uren per week', en: 'Hours per week' },
  rijksontmoetingsplein: { nl: 'Rijksontmoetingsplein', en: 'Government hub' },
  sorteer: { nl: 'Sorteren', en: 'Sort by' },
  pagina: { nl: 'Pagina', en: 'Page' },
  paginaGrootte: { nl: 'Aantal per pagina', en: 'Results per page' },
};

/** The label a person sees for a search parameter; unknown parameters are called what they are. */
export function searchParamLabel(name: string, locale: Locale): string {
  return LABELS[name]?.[locale] ?? (locale === 'nl' ? 'Onbekend onderdeel van het webadres' : 'Unknown part of the web address');
}

// What is wrong with each parameter, in English: the parser's own reasons are Dutch (the API and the Dutch page
// show them as they are); the English page explains each parameter in words of its own.
const ENGLISH_REASONS: Record<string, string> = {
  q: 'the search term is too long',
  postcode: 'a postcode has 4 digits, optionally followed by 2 letters (for example 9711 or 9711 AB), or type a place name',
  plaats: 'type a place name of 2 to 80 characters, or a postcode',
  afstand: 'choose a distance in whole kilometres, together with a postcode or place',
  schaalMin: 'salary scales are whole numbers from 1 to 18, the lowest not above the highest',
  schaalMax: 'salary scales are whole numbers from 1 to 18, the lowest not above the highest',
  salarisMin: 'type a gross monthly salary in whole euros',
  urenMin: 'hours per week are whole numbers from 1 to 40, the lowest not above the highest',
  urenMax: 'hours per week are whole numbers from 1 to 40, the lowest not above the highest',
  rijksontmoetingsplein: 'use yes or no',
  sorteer: 'this sort order is not available (sorting by distance needs a postcode or place)',
  pagina: 'choose an existing page',
  paginaGrootte: 'choose a number of results per page',
};

/** Why a search parameter was not used, in the page's language (the parser's reason on Dutch pages). */
export function searchProblemReason(problem: { name: string; reason: string }, locale: Locale): string {
  if (locale === 'nl') return problem.reason;
  if (problem.reason.startsWith('onbekende waarde')) return `unknown value ${problem.reason.slice('onbekende waarde '.length)}`;
  return ENGLISH_REASONS[problem.name] ?? 'this part of the web address was not used';
}
