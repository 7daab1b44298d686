import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { sumStages } from './funnel-query.ts';
import { filterContainsDemo, filteredActivityRollup, homeProvinces, type IntakeFilter, type RegionRef } from './intake-filter.ts';
import { emptyStageCounts, FASES, type StageCounts } from './intake-vocabulary.ts';

/** Event counts of one home province: applications received, interviews, offers and hires (start dates) in the period. */
export interface ActivityRow {
  region: RegionRef;
  counts: StageCounts;
}

/**
 * Activity per home province (12 provinces + 'onbekend') and in total. The funnel's shape without rates:
 * activity counts are not nested (an interview in this quarter may belong to an application of the last),
 * so a "share that reached the next stage" does not exist here.
 */
export interface ActivityResult {
  rows: ActivityRow[];
  total: ActivityRow;
  containsDemo: boolean;
}

/**
 * Activity in a period: per home province, the stage events whose own date lies in the filter's quarters —
 * `sollicitatie` by application date, `gesprek` by interview date, `aanbod` by offer date, `aangenomen` by
 * start date. Events without a date are not counted. Read from `instroom_activiteit_kwartaal`, so the counts
 * survive retention. Every province and 'onbekend' is listed, also with zero events.
 */
export async function activityFunnel(db: Kysely<DB>, filter: IntakeFilter = {}): Promise<ActivityResult> {
  const [regions, rows, containsDemo] = await Promise.all([
    homeProvinces(db),
    filteredActivityRollup(db, filter)
      .select((eb) => ['woon_provincie_code as key', 'fase', eb.fn.sum<number>('aantal').as('aantal')])
      .groupBy(['woon_provincie_code', 'fase'])
      .execute(),
    filterContainsDemo(db, filter, 'instroom_activiteit_kwartaal'),
  ]);
  const byRegion = sumStages(rows);
  const total = emptyStageCounts();
  for (const counts of byRegion.values()) for (const fase of FASES) total[fase] += counts[fase];
  return {
    rows: regions.map((region) => ({ region, counts: byRegion.get(region.code) ?? emptyStageCounts() })),
    total: { region: { code: 'totaal', naam: 'Totaal' }, counts: total },
    containsDemo,
  };
}
