import type { SearchLocation } from './search-location.ts';
import type { VacancySearchCriteria } from './vacancy-search-params.ts';

const counts = { nl: new Intl.NumberFormat('nl-NL'), en: new Intl.NumberFormat('en-GB') };

/** The one-line result summary that screen readers announce: "23 vacatures binnen 25 km van 9711". */
export function searchSummary(total: number, c: VacancySearchCriteria, location: SearchLocation | null, provinceNames: string[], locale: 'nl' | 'en' = 'nl'): string {
  const count = counts[locale].format(total);
  const nl = locale === 'nl';
  const parts = [nl ? `${count} ${total === 1 ? 'vacature' : 'vacatures'}` : `${count} ${total === 1 ? 'vacancy' : 'vacancies'}`];
  if (c.q) parts.push(nl ? `voor "${c.q}"` : `for "${c.q}"`);
  if (location) parts.push(nl ? `binnen ${location.radiusKm} km van ${location.label}` : `within ${location.radiusKm} km of ${location.label}`);
  if (provinceNames.length) parts.push(nl ? `in ${joinList(provinceNames, 'of')}` : `in ${joinList(provinceNames, 'or')}`);
  return parts.join(' ');
}

function joinList(items: string[], word: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}
