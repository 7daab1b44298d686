import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { IntakeFase } from '../db/schema-intake.ts';
import { filterContainsDemo, filteredRollup, type IntakeFilter } from './intake-filter.ts';
import { DEFAULT_RANDSTAD, FASES, ONBEKEND } from './intake-vocabulary.ts';

/** Home side of the split: Randstad, rest of the country, or unknown. */
export type HomeGroup = 'randstad' | 'rest' | 'onbekend';
/** Work side of the split. */
export type WorkGroup = 'randstad' | 'rest';

/** Per stage: counts by home group × work group. */
export interface RandstadSplit {
  randstad: readonly string[];
  stages: Record<IntakeFase, Record<HomeGroup, Record<WorkGroup, number>>>;
  containsDemo: boolean;
}

/** Display names of the groups. */
export const GROUP_LABELS: Record<HomeGroup, string> = { randstad: 'Randstad', rest: 'Rest van Nederland', onbekend: 'Onbekend' };

/**
 * Randstad versus the rest, for both where applicants live and where the job is, at every stage. The Randstad is
 * a list of provinces (configuration RANDSTAD_PROVINCES; default Utrecht, Noord-Holland, Zuid-Holland).
 */
export async function randstadSplit(db: Kysely<DB>, filter: IntakeFilter = {}, options: { randstad?: readonly string[] } = {}): Promise<RandstadSplit> {
  const randstad = options.randstad ?? DEFAULT_RANDSTAD;
  // `in ()` is invalid SQL: an empty Randstad list matches nothing.
  const list = randstad.length > 0 ? sql.join([...randstad].map((code) => sql`${code}`)) : sql`null`;
  const [cells, containsDemo] = await Promise.all([
    filteredRollup(db, filter)
      .select([
        'fase',
        sql<HomeGroup>`case when woon_provincie_code = ${ONBEKEND} then 'onbekend' when woon_provincie_code in (${list}) then 'randstad' else 'rest' end`.as('woon'),
        sql<WorkGroup>`case when werk_provincie_code in (${list}) then 'randstad' else 'rest' end`.as('werk'),
        sql<number>`sum(aantal)`.as('aantal'),
      ])
      .groupBy(['fase', 'woon', 'werk'])
      .execute(),
    filterContainsDemo(db, filter),
  ]);
  const empty = (): Record<HomeGroup, Record<WorkGroup, number>> => ({
    randstad: { randstad: 0, rest: 0 },
    rest: { randstad: 0, rest: 0 },
    onbekend: { randstad: 0, rest: 0 },
  });
  const stages = Object.fromEntries(FASES.map((f) => [f, empty()])) as RandstadSplit['stages'];
  for (const c of cells) stages[c.fase][c.woon][c.werk] += Number(c.aantal);
  return { randstad: [...randstad], stages, containsDemo };
}
