import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { KEY_MODULUS } from '../disclosure/cell-key/index.ts';
import { coarseRollup } from './coarse-rollup.ts';
import type { IntakeFilter } from './intake-filter.ts';
import type { CubeRow } from './intake-release.ts';
import type { RollupTable } from './intake-rollup.ts';

/**
 * Loads the cells a release is built from: one grouped query per rollup over the filtered cells, keeping the home and
 * work provinces, whether home and work share a COROP region, the quarter and the stage, with the true count and the
 * key sum (mod 2^32) of each group. Read from the coarse rollup of the filter (per organisation × province, or national).
 * @example SQL: select woon_provincie_code, werk_provincie_code, zelfde_corop, kwartaal, fase,
 *   sum(aantal), sum(sleutel_som) % 4294967296 from instroom_kwartaal_rijk where … group by 1, 2, 3, 4, 5
 */
export async function loadCube(db: Kysely<DB>, filter: IntakeFilter, table: RollupTable): Promise<CubeRow[]> {
  const rows = await coarseRollup(db, filter, table)
    .select([
      'woon_provincie_code',
      'werk_provincie_code',
      'zelfde_corop as same_corop',
      'kwartaal',
      'fase',
      sql<number>`sum(aantal)`.as('n'),
      sql<number>`sum(sleutel_som) % ${sql.lit(KEY_MODULUS)}`.as('k'),
    ])
    .groupBy(['woon_provincie_code', 'werk_provincie_code', 'zelfde_corop', 'kwartaal', 'fase'])
    .execute();
  return rows.map((r) => ({
    woon: r.woon_provincie_code,
    werk: r.werk_provincie_code,
    sameCorop: r.same_corop,
    kwartaal: r.kwartaal,
    fase: r.fase,
    n: Number(r.n),
    k: Number(r.k),
  }));
}
