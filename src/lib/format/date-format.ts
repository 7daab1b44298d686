import type { Locale } from '../i18n/locales.ts';

// Intl formatters are expensive to build and pages format many dates: build each once.
const formats = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Formats an ISO date for display: '2026-03-31' → "31 maart 2026" (nl) or "31 March 2026" (en). */
export function formatDutchDate(isoDate: string, locale: Locale = 'nl'): string {
  return formats[locale].format(new Date(`${isoDate}T00:00:00Z`));
}
