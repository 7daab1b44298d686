import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/schema.ts';
import { applyIntakeFilter, type IntakeFilter } from './intake-filter.ts';
import { COARSE_ROLLUPS, type RollupTable } from './intake-rollup.ts';

/** A filtered query on a coarse rollup; its columns are those of `instroom_kwartaal_per_provincie`. */
export type CoarseRollupQuery = SelectQueryBuilder<DB, 'instroom_kwartaal_per_provincie', object>;

/**
 * The smallest rollup that answers a query over `filter` grouped by province (never by COROP region): the national
 * grain when the filter covers every organisation and the query does not group by organisation, else the grain per
 * organisation × province. Both hold exact sums of the fine cells (see refreshCoarseRollups), so the figures are
 * those of the fine rollup — at 5,000,000 applications they are a few hundred to a few thousand times fewer rows.
 */
export function coarseRollup(db: Kysely<DB>, filter: IntakeFilter, kind: RollupTable, options: { byOrganisation?: boolean } = {}): CoarseRollupQuery {
  const { perProvince, national } = COARSE_ROLLUPS[kind];
  const table = filter.organisations === undefined && options.byOrganisation !== true ? national : perProvince;
  // Same filter columns as the fine rollup (organisatie_code only where the table has it: the national grain is only
  // chosen without an organisation filter).
  return applyIntakeFilter(db.selectFrom(table as 'instroom_kwartaal') as never, filter) as unknown as CoarseRollupQuery;
}
