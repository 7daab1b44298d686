import { getDatabase, getReferenceLookups } from '../runtime/app-context.ts';
import { loadOrganisationPageData, parseOrganisationParams } from '../statistics/organisation-page-data.ts';

/** Everything /cijfers/organisaties shows, from its query string. */
export async function organisationsPageRoute(search: URLSearchParams) {
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const { params, problems } = parseOrganisationParams(search);
  const data = await loadOrganisationPageData(db, params);
  return {
    params,
    problems,
    data,
    provinceNames: new Map(lookups.catalog.provinces.map((p) => [p.code, p.naam])),
    coropNames: new Map(lookups.catalog.corop.map((c) => [c.code, c.naam])),
  };
}
