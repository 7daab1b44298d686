import { getConfig } from '../config/config.ts';
import { intakeFiguresForPage, latestIntakeYear } from '../intake/public-intake-choice.ts';
import { getDatabase, getReferenceLookups, getSearch } from '../runtime/app-context.ts';
import { runVacancySearch } from '../search/vacancy-search-service.ts';
import { parseFiguresParams } from '../statistics/figures-params.ts';
import { loadFiguresPageData } from '../statistics/figures-page-data.ts';

/** Everything /cijfers shows (both languages), from its query string. */
export async function figuresPageRoute(search: URLSearchParams) {
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const { params, problems } = parseFiguresParams(search);
  const provinceNames = new Map(lookups.catalog.provinces.map((p) => [p.code, p.naam]));
  const provinceSlugs = new Map(lookups.catalog.provinces.map((p) => [p.code, p.slug]));
  const coropNames = new Map(lookups.catalog.corop.map((c) => [c.code, c.naam]));
  const [data, vacancies, intakeYear] = await Promise.all([
    loadFiguresPageData(db, params, { provinces: provinceNames, corop: coropNames }, getConfig().RANDSTAD_PROVINCES),
    runVacancySearch(new URLSearchParams({ paginaGrootte: '1' }), { db, search: getSearch, ...lookups }),
    latestIntakeYear(db),
  ]);
  const intake = intakeYear ? await intakeFiguresForPage(db, intakeYear) : null;
  return { params, problems, data, provinceNames, provinceSlugs, openVacancies: vacancies.result.facets.provincieCodes, intake };
}
