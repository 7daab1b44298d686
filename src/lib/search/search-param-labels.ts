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
