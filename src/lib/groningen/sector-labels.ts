import type { Sector } from '../db/schema.ts';
import type { Locale } from '../i18n/locales.ts';

const LABELS: Record<Sector, Record<Locale, string>> = {
  ministerie: { nl: 'Ministeries', en: 'Ministries' },
  politie: { nl: 'Politie', en: 'Police' },
  rechtspraak: { nl: 'Rechtspraak', en: 'Judiciary' },
  dji: { nl: 'Justitiële inrichtingen (DJI)', en: 'Custodial institutions (DJI)' },
  defensie: { nl: 'Defensie', en: 'Defence' },
  zbo: { nl: "Zelfstandige bestuursorganen (zbo's)", en: 'Independent administrative bodies (ZBOs)' },
};

/** The display name of a BZK sector, as the letters to parliament group them. */
export function sectorLabel(sector: Sector, locale: Locale): string {
  return LABELS[sector][locale];
}
