import { formatEuro } from '../format/euro-format.ts';
import type { Locale } from '../i18n/locales.ts';
import { CONTRACTEN, OPLEIDINGSNIVEAUS, VAKGEBIEDEN, WERKWIJZEN, labelOf } from '../vacancies/vacancy-vocabulary.ts';
import { searchParamLabel } from './search-param-labels.ts';
import type { VacancySearchCriteria } from './vacancy-search-params.ts';

/** One chosen filter as a removable chip: its label in words and the search without it. */
export interface ActiveFilter {
  label: string;
  without: VacancySearchCriteria;
}

/** Display names for codes in a search. */
export interface FilterNames {
  province: (code: string) => string;
  organisation: (code: string) => string;
}

function range(min: number | null, max: number | null, unit: (n: number) => string, nl: boolean): string {
  if (min !== null && max !== null) return min === max ? unit(min) : `${unit(min)} ${nl ? 'tot en met' : 'to'} ${unit(max)}`;
  if (min !== null) return `${nl ? 'vanaf' : 'from'} ${unit(min)}`;
  return `${nl ? 'tot en met' : 'up to'} ${unit(max!)}`;
}

/**
 * The filters of a search as chips ("Salaris: vanaf € 4.500 per maand"), each with the search that
 * drops it. Keyword and place are left out: they stay visible in their own form fields.
 */
export function activeFilters(c: VacancySearchCriteria, names: FilterNames, locale: Locale): ActiveFilter[] {
  const nl = locale === 'nl';
  const base = { ...c, pagina: 1 };
  const out: ActiveFilter[] = [];
  const chip = (param: string, value: string, without: Partial<VacancySearchCriteria>) => out.push({ label: `${searchParamLabel(param, locale)}: ${value}`, without: { ...base, ...without } });
  const lists = [
    ['provincie', 'provincies', names.province],
    ['organisatie', 'organisaties', names.organisation],
    ['vakgebied', 'vakgebieden', (v: string) => labelOf(VAKGEBIEDEN, v, locale)],
    ['opleidingsniveau', 'opleidingsniveaus', (v: string) => labelOf(OPLEIDINGSNIVEAUS, v, locale)],
    ['contract', 'contracten', (v: string) => labelOf(CONTRACTEN, v, locale)],
    ['werkwijze', 'werkwijzen', (v: string) => labelOf(WERKWIJZEN, v, locale)],
  ] as const;
  for (const [param, key, label] of lists) {
    for (const code of c[key]) chip(param, label(code), { [key]: c[key].filter((v) => v !== code) });
  }
  if (c.schaalMin !== null || c.schaalMax !== null) chip('schaalMin', range(c.schaalMin, c.schaalMax, String, nl), { schaalMin: null, schaalMax: null });
  if (c.salarisMin !== null) chip('salarisMin', `${nl ? 'vanaf' : 'from'} ${formatEuro(c.salarisMin, locale)} ${nl ? 'bruto per maand' : 'gross per month'}`, { salarisMin: null });
  if (c.urenMin !== null || c.urenMax !== null) chip('urenMin', range(c.urenMin, c.urenMax, String, nl), { urenMin: null, urenMax: null });
  if (c.rijksontmoetingsplein) chip('rijksontmoetingsplein', nl ? 'kan (deels) vanaf een plein' : 'can (partly) be done from a hub', { rijksontmoetingsplein: false });
  return out;
}
