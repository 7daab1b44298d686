import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * Whether the cohort rollup has any applications of these organisations in a year, real or demo: tells an empty
 * publication preview ("nothing imported yet") apart from one whose figures are merely small.
 */
export async function hasIntakeInYear(db: Kysely<DB>, options: { organisations: readonly string[]; jaar: number; demo: boolean }): Promise<boolean> {
  if (options.organisations.length === 0) return false;
  const row = await db
    .selectFrom('instroom_kwartaal')
    .select('organisatie_code')
    .where('organisatie_code', 'in', [...options.organisations])
    .where('kwartaal', '>=', `${options.jaar}-Q1`)
    .where('kwartaal', '<=', `${options.jaar}-Q4`)
    .where('is_demo', '=', options.demo)
    .where('aantal', '>', 0)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
