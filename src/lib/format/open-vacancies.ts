import type { Locale } from '../i18n/locales.ts';
import { formatInteger } from './number-format.ts';

/** "1 open vacature", "1.234 open vacatures" / "1 open vacancy", "1,234 open vacancies". */
export function openVacanciesText(n: number, locale: Locale): string {
  const word = locale === 'nl' ? (n === 1 ? 'open vacature' : 'open vacatures') : n === 1 ? 'open vacancy' : 'open vacancies';
  return `${formatInteger(n, locale)} ${word}`;
}
