import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { publicIntakeFigures, type PublicIntakeFigures } from './public-intake.ts';

/**
 * The intake figures for a public page: real data when there is any for the year; otherwise the demo
 * data, which the result marks (voorbeeldgegevens) so the page labels it. Never a mix of the two.
 */
export async function intakeFiguresForPage(db: Kysely<DB>, jaar: number): Promise<PublicIntakeFigures | null> {
  const has = async (isDemo: boolean) =>
    Boolean(await db.selectFrom('instroom_kwartaal').select('kwartaal').where('is_demo', '=', isDemo).where('kwartaal', '>=', `${jaar}-Q1`).where('kwartaal', '<=', `${jaar}-Q4`).limit(1).executeTakeFirst());
  if (await has(false)) return publicIntakeFigures(db, { jaar, voorbeeldgegevens: false });
  if (await has(true)) return publicIntakeFigures(db, { jaar, voorbeeldgegevens: true });
  return null;
}

/** The latest calendar year with any intake figures, or null. */
export async function latestIntakeYear(db: Kysely<DB>): Promise<number | null> {
  const row = await db.selectFrom('instroom_kwartaal').select('kwartaal').orderBy('kwartaal', 'desc').limit(1).executeTakeFirst();
  return row ? Number(row.kwartaal.slice(0, 4)) : null;
}
