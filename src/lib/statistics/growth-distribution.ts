import type { RegionFte } from './employment-row.ts';
import { changeVsPrevious } from './year-change.ts';
import { fromTenths, roundedRatio, toTenths } from './rounding.ts';

/** One region's part of the national change between two peildata. */
export interface RegionGrowthShare {
  regioCode: string;
  verschil: number;
  /** verschil / national change × 100, one decimal; null when the national change is 0. */
  aandeelInVerandering: number | null;
}

/** "Where the growth went": the national change and each region's share of it. */
export interface GrowthDistribution {
  nationaalVerschil: number;
  regions: RegionGrowthShare[];
}

/**
 * Each region's share of the national change. Shares add up to 100 % (up to rounding); when the country
 * shrank, a positive share means the region shrank too, a negative one that it grew against the trend.
 * The national change is the sum of the regions' changes, so regions must cover the country.
 */
export function growthDistribution(current: readonly RegionFte[], previous: readonly RegionFte[]): GrowthDistribution {
  const changes = changeVsPrevious(current, previous);
  const national = changes.reduce((sum, c) => sum + toTenths(c.verschil ?? 0), 0);
  return {
    nationaalVerschil: fromTenths(national),
    regions: changes.map((c) => {
      const verschil = toTenths(c.verschil ?? 0);
      return { regioCode: c.regioCode, verschil: fromTenths(verschil), aandeelInVerandering: roundedRatio(verschil, national, 100) };
    }),
  };
}
