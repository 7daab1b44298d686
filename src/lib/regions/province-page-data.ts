import { loadCitedInventory, sumFteBy } from '../statistics/cited-snapshot.ts';
import type { SnapshotInfo } from '../statistics/employment-queries.ts';
import { runVacancySearch, type VacancySearchDeps } from '../search/vacancy-search-service.ts';
import type { VacancyHit } from '../search/vacancy-search-result.ts';
import { listOfficesInProvince, mergeProvinceEmployers, type ProvinceEmployer } from './province-employers.ts';

/** The job-seeker part of a province page: open vacancies, employers and published government jobs. */
export interface ProvinceJobs {
  openVacatures: number;
  nieuwste: VacancyHit[];
  werkgevers: ProvinceEmployer[];
  /** Published fte in the province from the cited inventory (null when nothing is published). */
  fte: { total: number; snapshot: SnapshotInfo } | null;
  /** True when Meilisearch was unreachable and the counts came from PostgreSQL. */
  degraded: boolean;
}

/** How many of the newest open vacancies a province page lists. */
export const NEWEST_ON_PROVINCE_PAGE = 5;

/** Loads what a province page shows about jobs: the same search as /vacatures?provincie=…, so the counts agree. */
export async function loadProvinceJobs(deps: VacancySearchDeps & { organisationNames: ReadonlyMap<string, string> }, provincieCode: string): Promise<ProvinceJobs> {
  const params = new URLSearchParams({ provincie: provincieCode, sorteer: 'nieuwste', paginaGrootte: String(NEWEST_ON_PROVINCE_PAGE) });
  const [outcome, offices, inventory] = await Promise.all([runVacancySearch(params, deps), listOfficesInProvince(deps.db, provincieCode), loadCitedInventory(deps.db)]);
  const fte = inventory ? sumFteBy(inventory.rows, 'organisatieCode', (r) => r.provincieCode === provincieCode) : null;
  return {
    openVacatures: outcome.result.total,
    nieuwste: outcome.result.hits,
    werkgevers: mergeProvinceEmployers(outcome.result.facets.organisatieCode, offices, fte?.groups ?? [], deps.organisationNames),
    fte: inventory && fte ? { total: fte.total, snapshot: inventory.snapshot } : null,
    degraded: outcome.degraded,
  };
}

/** Open vacancies per province (CBS code → count) for the home map: one facet query, the same counts as /vacatures. */
export async function loadOpenVacanciesPerProvince(deps: VacancySearchDeps): Promise<Record<string, number>> {
  return (await runVacancySearch(new URLSearchParams({ paginaGrootte: '1' }), deps)).result.facets.provincieCodes;
}
