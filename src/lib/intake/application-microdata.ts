import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IntakeFilter } from './intake-filter.ts';
import { quarterEndExclusive, quarterStart } from './period.ts';
import { isQuarter } from './quarter.ts';

type Joined = DB & { s: DB['sollicitatie']; pg: DB['gemeente']; v: DB['vacature'] };

/** Applications still held as microdata (`s`) with their workplace municipality (`pg`) and our vacancy (`v`, may be null). */
export type MicrodataQuery = SelectQueryBuilder<Joined, 's' | 'pg' | 'v', object>;

/**
 * The microdata an {@link IntakeFilter} selects, for the figures the quarterly rollups cannot give (durations,
 * vacancies). Same meaning as on the rollup: quarters are those of the application date, the work province is the
 * workplace's, field and level come from our vacancy. Only applications within their retention period are held, so
 * these figures cover fewer applications than the rollup-based ones; screens say so.
 * @example SQL: select … from sollicitatie s join gemeente pg on pg.code = s.werkplaats_gemeente_code
 *   left join vacature v on v.id = s.vacature_id where s.organisatie_code in (…) and s.sollicitatiedatum >= '2026-01-01' …
 */
export function filteredApplications(db: Kysely<DB>, filter: IntakeFilter): MicrodataQuery {
  let q = db
    .selectFrom('sollicitatie as s')
    .innerJoin('gemeente as pg', 'pg.code', 's.werkplaats_gemeente_code')
    .leftJoin('vacature as v', 'v.id', 's.vacature_id') as unknown as MicrodataQuery;
  // Empty lists mean "nothing", as on the rollup; `in ()` is invalid SQL.
  const list = (values: readonly string[] | undefined, apply: (values: string[]) => MicrodataQuery): MicrodataQuery => {
    if (values === undefined) return q;
    return values.length === 0 ? q.where((eb) => eb.lit(false)) : apply([...values]);
  };
  q = list(filter.organisations, (v) => q.where('s.organisatie_code', 'in', v));
  for (const quarter of [filter.fromQuarter, filter.toQuarter]) {
    if (quarter !== undefined && !isQuarter(quarter)) throw new RangeError(`Not a quarter: ${quarter}`);
  }
  if (filter.fromQuarter !== undefined) q = q.where('s.sollicitatiedatum', '>=', quarterStart(filter.fromQuarter));
  if (filter.toQuarter !== undefined) q = q.where('s.sollicitatiedatum', '<', quarterEndExclusive(filter.toQuarter));
  q = list(filter.workProvinces, (v) => q.where('pg.provincie_code', 'in', v));
  q = list(filter.fields, (v) => q.where('v.vakgebied', 'in', v));
  q = list(filter.levels, (v) => q.where('v.opleidingsniveau', 'in', v));
  if (filter.demo === 'exclude') q = q.where('s.is_demo', '=', false);
  if (filter.demo === 'only') q = q.where('s.is_demo', '=', true);
  return q;
}
