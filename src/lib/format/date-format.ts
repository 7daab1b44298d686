import type { Locale } from '../i18n/locales.ts';

/** Formats an ISO date for display: '2026-03-31' → "31 maart 2026" (nl) or "31 March 2026" (en). */
export function formatDutchDate(isoDate: string, locale: Locale = 'nl'): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
