import { getConfig } from '../config/config.ts';
import { getDatabase, getReferenceLookups } from '../runtime/app-context.ts';
import { loadScenarioPageData } from '../statistics/scenario-page-data.ts';

/** Everything /cijfers/scenario (and /en/cijfers/scenario) shows, from its query string. Nothing is written. */
export async function scenarioPageRoute(search: URLSearchParams) {
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const [data, municipalities] = await Promise.all([
    loadScenarioPageData(db, search, getConfig().RANDSTAD_PROVINCES),
    db.selectFrom('gemeente').select(['code', 'naam']).orderBy('naam').execute(),
  ]);
  const organisations = [...lookups.organisationNames].map(([code, naam]) => ({ code, naam })).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return { data, organisations, municipalities, provinceNames: new Map(lookups.catalog.provinces.map((p) => [p.code, p.naam])) };
}
