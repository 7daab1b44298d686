import { getDatabase, getReferenceLookups } from '../runtime/app-context.ts';
import { provinceFigures, weightedMunicipalities } from './coverage-data.ts';
import { coverageByProvince, greedyHubSuggestions } from './hub-coverage.ts';
import { listHubs } from './hub-store.ts';

/** The radii (km) the coverage is shown for. */
export const COVERAGE_RADII = [30, 45] as const;
/** Radius the next-hub suggestion optimises for. */
export const SUGGESTION_RADIUS = 30;
/** How many next hubs are suggested. */
export const SUGGESTION_STEPS = 5;

/** Everything the hub network page shows (both languages). */
export async function hubNetworkData() {
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const [hubs, municipalities, figures] = await Promise.all([listHubs(db), weightedMunicipalities(db), provinceFigures(db)]);
  const open = hubs.filter((h) => h.status === 'open').map((h) => ({ gemeenteCode: h.gemeente_code, lat: h.lat, lon: h.lon }));
  const provinces = lookups.catalog.provinces;
  const coverage = coverageByProvince(provinces.map((p) => p.code), municipalities, open, COVERAGE_RADII);
  const totalWeight = municipalities.reduce((s, m) => s + m.weight, 0);
  const nationalShare = Object.fromEntries(
    COVERAGE_RADII.map((r) => [r, coverage.reduce((s, c) => s + c.share[r]! * municipalities.filter((m) => m.provincieCode === c.provincieCode).reduce((t, m) => t + m.weight, 0), 0) / totalWeight]),
  ) as Record<number, number>;
  return {
    hubs,
    provinces,
    coverage,
    nationalShare,
    figures,
    suggestions: greedyHubSuggestions(municipalities, open, SUGGESTION_RADIUS, SUGGESTION_STEPS),
    municipalityCount: municipalities.length,
    pc4Count: totalWeight,
  };
}
