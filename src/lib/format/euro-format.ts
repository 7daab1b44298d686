import type { Locale } from '../i18n/locales.ts';

const euroFormats = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
};

/** Formats whole euros for display: 4500 → "€ 4.500" (nl) or "€4,500" (en). Non-breaking spaces become plain ones. */
export function formatEuro(value: number, locale: Locale = 'nl'): string {
  return euroFormats[locale].format(value).replace(/\u00a0/g, ' ');
}
