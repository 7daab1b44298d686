import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** What the demo seed did. */
export interface DemoSeedResult {
  seeded: boolean;
  counts: Record<string, number>;
}

/**
 * Loads the labelled demo data, but only into a database that has none of it yet: a database with
 * real or earlier demo records is never touched.
 */
export async function seedDemoData(db: Kysely<DB>, options: { log: (line: string) => void }): Promise<DemoSeedResult> {
  const existing = await db.selectFrom('vacature').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) {
    options.log('demo data: database already has data, left as it is');
    return { seeded: false, counts: {} };
  }
  options.log('demo data: nothing to load yet');
  return { seeded: false, counts: {} };
}
