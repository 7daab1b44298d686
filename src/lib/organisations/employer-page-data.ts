import type { ProvinceSummary } from '../regions/region-repository.ts';
import { runVacancySearch, type VacancySearchDeps } from '../search/vacancy-search-service.ts';
import type { VacancyHit } from '../search/vacancy-search-result.ts';
import { loadCitedInventory, sumFteBy } from '../statistics/cited-snapshot.ts';
import type { SnapshotInfo } from '../statistics/employment-queries.ts';
import { employerPlaces, getEmployer, listEmployerOffices, type Employer, type EmployerPlace } from './employer-profile.ts';
import { listOrganisations, type OrganisationListItem } from './organisation-repository.ts';

/** How many open vacancies an employer page lists (the rest is one link to the search away). */
export const VACANCIES_ON_EMPLOYER_PAGE = 10;

/** Everything /organisaties/[code] shows. */
export interface EmployerPageData {
  werkgever: Employer;
  openVacatures: number;
  vacatures: VacancyHit[];
  plaatsen: EmployerPlace[];
  /** The inventory the fte come from; null when nothing is published. */
  snapshot: SnapshotInfo | null;
  fteTotaal: number | null;
  degraded: boolean;
}

/** Loads an employer page by organisation code; null for an unknown code. Vacancies come from the same search as /vacatures. */
export async function loadEmployerPage(deps: VacancySearchDeps, code: string, provinces: readonly ProvinceSummary[]): Promise<EmployerPageData | null> {
  const werkgever = await getEmployer(deps.db, code);
  if (!werkgever) return null;
  const params = new URLSearchParams({ organisatie: code, sorteer: 'nieuwste', paginaGrootte: String(VACANCIES_ON_EMPLOYER_PAGE) });
  const [outcome, offices, inventory] = await Promise.all([runVacancySearch(params, deps), listEmployerOffices(deps.db, code), loadCitedInventory(deps.db)]);
  const fte = inventory ? sumFteBy(inventory.rows, 'provincieCode', (r) => r.organisatieCode === code) : null;
  return {
    werkgever,
    openVacatures: outcome.result.total,
    vacatures: outcome.result.hits,
    plaatsen: employerPlaces(provinces, outcome.result.facets.provincieCodes, offices, fte?.groups ?? []),
    snapshot: inventory?.snapshot ?? null,
    fteTotaal: fte && fte.total > 0 ? fte.total : null,
    degraded: outcome.degraded,
  };
}

/** One line of /organisaties: the organisation and its number of open vacancies. */
export interface EmployerIndexItem extends OrganisationListItem {
  openVacatures: number;
}

/** All organisations (ministries first, then by name) with their open-vacancy counts from one facet query. */
export async function loadEmployerIndex(deps: VacancySearchDeps): Promise<{ werkgevers: EmployerIndexItem[]; degraded: boolean }> {
  const [organisations, outcome] = await Promise.all([listOrganisations(deps.db), runVacancySearch(new URLSearchParams({ paginaGrootte: '1' }), deps)]);
  const counts = outcome.result.facets.organisatieCode;
  return { werkgevers: organisations.map((o) => ({ ...o, openVacatures: counts[o.code] ?? 0 })), degraded: outcome.degraded };
}
