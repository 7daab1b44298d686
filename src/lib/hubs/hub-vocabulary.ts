import type { Locale } from '../i18n/locales.ts';

/** Status of a hub: open, planned, only named in a source (unconfirmed), or closed. */
export const PLEIN_STATUSSEN = ['open', 'gepland', 'genoemd', 'gesloten'] as const;

/** One hub status. */
export type PleinStatus = (typeof PLEIN_STATUSSEN)[number];

const LABELS: Record<PleinStatus, Record<Locale, string>> = {
  open: { nl: 'Open', en: 'Open' },
  gepland: { nl: 'Gepland', en: 'Planned' },
  genoemd: { nl: 'Genoemd, niet bevestigd', en: 'Named, not confirmed' },
  gesloten: { nl: 'Gesloten', en: 'Closed' },
};

/** The display label of a hub status. */
export function pleinStatusLabel(status: PleinStatus, locale: Locale): string {
  return LABELS[status][locale];
}

/** URL slug of a hub's place name: "'s-Hertogenbosch" → "s-hertogenbosch". */
export function pleinSlug(plaats: string): string {
  return plaats
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
