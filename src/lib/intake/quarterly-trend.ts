import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { funnelRow, sumStages, type FunnelRow } from './funnel-query.ts';
import { filterContainsDemo, filteredRollup, type IntakeFilter } from './intake-filter.ts';
import { emptyStageCounts, ONBEKEND, type StageCounts } from './intake-vocabulary.ts';
import { quarterLabel, quarterRange } from './quarter.ts';

/** One quarter of the trend: its funnel, and how many applicants had an unknown home region. */
export interface TrendQuarter {
  kwartaal: string;
  funnel: FunnelRow;
  unknownHome: StageCounts;
}

/** The funnel per application quarter, every quarter of the range listed (also without applications). */
export interface QuarterlyTrend {
  quarters: TrendQuarter[];
  containsDemo: boolean;
}

/**
 * Quarterly trend of the funnel. The range is the filter's from/to quarters, or else the first to the last
 * quarter with data; gaps are filled with zeros so a chart does not skip a quarter.
 */
export async function quarterlyTrend(db: Kysely<DB>, filter: IntakeFilter = {}): Promise<QuarterlyTrend> {
  const [rows, containsDemo] = await Promise.all([
    filteredRollup(db, filter)
      .select((eb) => [
        'kwartaal as key',
        'fase',
        eb.fn.sum<number>('aantal').as('aantal'),
        eb.fn.sum<number>(eb.case().when('woon_provincie_code', '=', ONBEKEND).then(eb.ref('aantal')).else(0).end()).as('onbekend'),
      ])
      .groupBy(['kwartaal', 'fase'])
      .execute(),
    filterContainsDemo(db, filter),
  ]);
  const byQuarter = sumStages(rows);
  const unknown = sumStages(rows.map((r) => ({ key: r.key, fase: r.fase, aantal: Number(r.onbekend) })));
  const present = [...byQuarter.keys()].sort();
  const from = filter.fromQuarter ?? present[0];
  const to = filter.toQuarter ?? present[present.length - 1];
  const range = from !== undefined && to !== undefined ? quarterRange(from, to) : [];
  return {
    quarters: range.map((kwartaal) => ({
      kwartaal,
      funnel: funnelRow({ code: kwartaal, naam: quarterLabel(kwartaal) }, byQuarter.get(kwartaal) ?? emptyStageCounts()),
      unknownHome: unknown.get(kwartaal) ?? emptyStageCounts(),
    })),
    containsDemo,
  };
}
