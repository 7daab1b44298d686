import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { KEY_MODULUS } from '../disclosure/cell-key/index.ts';
import { applyIntakeFilter, type IntakeFilter } from './intake-filter.ts';
import type { CubeRow } from './intake-release.ts';
import type { RollupTable } from './intake-rollup.ts';

/**
 * Loads the cells a release is built from: one grouped query per rollup over the filtered cells, keeping the home and
 * work regions, the quarter and the stage, with the true count and the key sum (mod 2^32) of each group.
 * @example SQL: select woon_provincie_code, …, fase, sum(aantal), sum(sleutel_som) % 4294967296 from instroom_kwartaal
 *   where … group by woon_provincie_code, woon_corop_code, werk_provincie_code, werk_corop_code, kwartaal, fase
 */
export async function loadCube(db: Kysely<DB>, filter: IntakeFilter, table: RollupTable): Promise<CubeRow[]> {
  const rows = await applyIntakeFilter(db.selectFrom(table as 'instroom_kwartaal'), filter)
    .select([
      'woon_provincie_code',
      'woon_corop_code',
      'werk_provincie_code',
      'werk_corop_code',
      'kwartaal',
      'fase',
      sql<number>`sum(aantal)`.as('n'),
      sql<number>`sum(sleutel_som) % ${sql.lit(KEY_MODULUS)}`.as('k'),
    ])
    .groupBy(['woon_provincie_code', 'woon_corop_code', 'werk_provincie_code', 'werk_corop_code', 'kwartaal', 'fase'])
    .execute();
  return rows.map((r) => ({
    woon: r.woon_provincie_code,
    woonCorop: r.woon_corop_code,
    werk: r.werk_provincie_code,
    werkCorop: r.werk_corop_code,
    kwartaal: r.kwartaal,
    fase: r.fase,
    n: Number(r.n),
    k: Number(r.k),
  }));
}
