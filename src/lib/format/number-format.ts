import type { Locale } from '../i18n/locales.ts';

const integerFormats = { nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }) };

/** Formats a whole number for display: 353797 → "353.797" (nl) or "353,797" (en). */
export function formatInteger(value: number, locale: Locale = 'nl'): string {
  return integerFormats[locale].format(value);
}

const decimalFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number with a fixed number of decimals: (12.345, 1) → "12,3". */
export function formatDecimal(value: number, decimals: number, locale: Locale = 'nl'): string {
  const key = `${locale}:${decimals}`;
  let format = decimalFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    decimalFormats.set(key, format);
  }
  return format.format(value);
}

/** Formats a share (0..1) as a percentage: 0.4213 → "42,1%". */
export function formatPercent(share: number, decimals = 1, locale: Locale = 'nl'): string {
  return `${formatDecimal(share * 100, decimals, locale)}%`;
}
