import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RollupTable } from './intake-rollup.ts';
import { ONBEKEND, ONBEKEND_LABEL } from './intake-vocabulary.ts';
import { isQuarter } from './quarter.ts';

/** Which part of the rollup a figure covers. Omitted fields do not filter. */
export interface IntakeFilter {
  /** Organisation scope; an empty list means "nothing" (never "everything"). Omitted = all organisations. */
  organisations?: readonly string[];
  /** First quarter ('YYYY-Qn', inclusive) of the application cohort (activity figures: of the event). */
  fromQuarter?: string;
  /** Last quarter (inclusive). */
  toQuarter?: string;
  /** Provinces where the job is (werkplaats). */
  workProvinces?: readonly string[];
  /** Vakgebied codes; applications for vacancies not on the platform have none and drop out of such a filter. */
  fields?: readonly string[];
  /** Opleidingsniveau codes of the vacancy; applications for vacancies not on the platform have none and drop out. */
  levels?: readonly string[];
  /** Demo data: include (default), exclude or only. */
  demo?: 'include' | 'exclude' | 'only';
}

/** A region as figures label it: province or COROP code (or 'onbekend') with its Dutch name. */
export interface RegionRef {
  code: string;
  naam: string;
}

type RollupQuery<O, T extends RollupTable = 'instroom_kwartaal'> = SelectQueryBuilder<DB, T, O>;

/** Applies a filter to a query on one of the rollups (same columns). Throws on a malformed quarter. */
export function applyIntakeFilter<O, T extends RollupTable = 'instroom_kwartaal'>(query: RollupQuery<O, T>, filter: IntakeFilter): RollupQuery<O, T> {
  // Both rollups have the same cell columns, so the cohort table's column types describe either.
  let q = query as unknown as RollupQuery<O>;
  if (filter.organisations !== undefined) {
    // `in ()` is invalid SQL; an empty scope must return nothing.
    q = filter.organisations.length === 0 ? q.where((eb) => eb.lit(false)) : q.where('organisatie_code', 'in', [...filter.organisations]);
  }
  for (const quarter of [filter.fromQuarter, filter.toQuarter]) {
    if (quarter !== undefined && !isQuarter(quarter)) throw new RangeError(`Not a quarter: ${quarter}`);
  }
  if (filter.fromQuarter !== undefined) q = q.where('kwartaal', '>=', filter.fromQuarter);
  if (filter.toQuarter !== undefined) q = q.where('kwartaal', '<=', filter.toQuarter);
  if (filter.workProvinces !== undefined) {
    q = filter.workProvinces.length === 0 ? q.where((eb) => eb.lit(false)) : q.where('werk_provincie_code', 'in', [...filter.workProvinces]);
  }
  if (filter.fields !== undefined) {
    q = filter.fields.length === 0 ? q.where((eb) => eb.lit(false)) : q.where('vakgebied', 'in', [...filter.fields]);
  }
  if (filter.levels !== undefined) {
    q = filter.levels.length === 0 ? q.where((eb) => eb.lit(false)) : q.where('opleidingsniveau', 'in', [...filter.levels]);
  }
  if (filter.demo === 'exclude') q = q.where('is_demo', '=', false);
  if (filter.demo === 'only') q = q.where('is_demo', '=', true);
  return q as unknown as RollupQuery<O, T>;
}

/** The cohort rollup filtered, ready for grouping. */
export function filteredRollup(db: Kysely<DB>, filter: IntakeFilter): RollupQuery<object> {
  return applyIntakeFilter(db.selectFrom('instroom_kwartaal'), filter);
}

/** The activity rollup filtered (quarters are event quarters), ready for grouping. */
export function filteredActivityRollup(db: Kysely<DB>, filter: IntakeFilter): RollupQuery<object, 'instroom_activiteit_kwartaal'> {
  return applyIntakeFilter(db.selectFrom('instroom_activiteit_kwartaal'), filter);
}

/** Whether any demo cell of the rollup (default: cohort) falls inside the filter (figures then need the "voorbeeldgegevens" label). */
export async function filterContainsDemo(db: Kysely<DB>, filter: IntakeFilter, table: RollupTable = 'instroom_kwartaal'): Promise<boolean> {
  if (filter.demo === 'exclude') return false;
  const query = table === 'instroom_kwartaal' ? filteredRollup(db, filter) : (filteredActivityRollup(db, filter) as unknown as RollupQuery<object>);
  const row = await query.select('is_demo').where('is_demo', '=', true).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The twelve provinces in code order, then 'onbekend': the home regions every figure lists. */
export async function homeProvinces(db: Kysely<DB>): Promise<RegionRef[]> {
  return [...(await workProvinceList(db)), { code: ONBEKEND, naam: ONBEKEND_LABEL.nl }];
}

/** The twelve provinces in code order. */
export async function workProvinceList(db: Kysely<DB>): Promise<RegionRef[]> {
  return db.selectFrom('provincie').select(['code', 'naam']).orderBy('code').execute();
}
