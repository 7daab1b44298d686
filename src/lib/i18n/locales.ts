/** Languages of the site: Dutch first, English second. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Prefixes a site path for a locale: ('/vacatures', 'en') → '/en/vacatures'. */
export function localePath(path: string, locale: Locale): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (locale === 'nl') return clean;
  return clean === '/' ? '/en/' : `/en${clean}`;
}

/** Sections that exist in both languages; others (login, dashboard) are Dutch only. */
const BILINGUAL = /^\/($|vacatures|regio|organisaties|cijfers|acties|toegankelijkheid)/;

/** The counterpart of a path in the other language, for the language switch. */
export function alternatePath(pathname: string, target: Locale): string {
  const withoutLocale = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  return localePath(BILINGUAL.test(withoutLocale) ? withoutLocale : '/', target);
}

/** Detects the locale of a request path. */
export function localeOf(pathname: string): Locale {
  return /^\/en(\/|$)/.test(pathname) ? 'en' : 'nl';
}
