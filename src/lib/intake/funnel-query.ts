import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import { wilsonInterval, type ProportionInterval } from '../statistics/wilson-interval.ts';
import { filterContainsDemo, filteredRollup, homeProvinces, type IntakeFilter, type RegionRef } from './intake-filter.ts';
import { emptyStageCounts, FASES, type StageCounts } from './intake-vocabulary.ts';

/** Reached-stage counts of one group with the share of its applicants that reached each later stage. */
export interface FunnelRow {
  region: RegionRef;
  counts: StageCounts;
  /** Share of the group's applicants (stage `sollicitatie`) that reached the stage, with a Wilson 95% interval. */
  rates: Record<Exclude<IntakeFase, 'sollicitatie'>, ProportionInterval>;
}

/** The funnel per home province (12 provinces + 'onbekend') and in total. */
export interface FunnelResult {
  rows: FunnelRow[];
  total: FunnelRow;
  containsDemo: boolean;
}

/** Builds a funnel row from reached-stage counts. */
export function funnelRow(region: RegionRef, counts: StageCounts): FunnelRow {
  const n = counts.sollicitatie;
  return {
    region,
    counts,
    rates: {
      gesprek: wilsonInterval(counts.gesprek, n),
      aanbod: wilsonInterval(counts.aanbod, n),
      aangenomen: wilsonInterval(counts.aangenomen, n),
    },
  };
}

/** Sums reached-stage counts per key from rollup rows `{ key, fase, aantal }`. */
export function sumStages<K extends string>(rows: readonly { key: K; fase: IntakeFase; aantal: number }[]): Map<K, StageCounts> {
  const out = new Map<K, StageCounts>();
  for (const row of rows) {
    const counts = out.get(row.key) ?? emptyStageCounts();
    counts[row.fase] += Number(row.aantal);
    out.set(row.key, counts);
  }
  return out;
}

/**
 * The funnel: per home province, the applications of the cohort (application quarter within the filter) that
 * reached each stage. Every province and 'onbekend' is listed, also with zero applications.
 */
export async function intakeFunnel(db: Kysely<DB>, filter: IntakeFilter = {}): Promise<FunnelResult> {
  const [regions, rows, containsDemo] = await Promise.all([
    homeProvinces(db),
    filteredRollup(db, filter)
      .select((eb) => ['woon_provincie_code as key', 'fase', eb.fn.sum<number>('aantal').as('aantal')])
      .groupBy(['woon_provincie_code', 'fase'])
      .execute(),
    filterContainsDemo(db, filter),
  ]);
  const byRegion = sumStages(rows);
  const total = emptyStageCounts();
  for (const counts of byRegion.values()) for (const fase of FASES) total[fase] += counts[fase];
  return {
    rows: regions.map((region) => funnelRow(region, byRegion.get(region.code) ?? emptyStageCounts())),
    total: funnelRow({ code: 'totaal', naam: 'Totaal' }, total),
    containsDemo,
  };
}
