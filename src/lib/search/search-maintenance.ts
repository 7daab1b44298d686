import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SearchConnection } from './search-client.ts';
import { pruneFinishedTasks, rebuildIfNeeded, removeExpired } from './vacancy-indexer.ts';

/** Marks the index as out of date (after a write that could not reach Meilisearch); the next maintenance run rebuilds it. */
export async function markIndexStale(db: Kysely<DB>): Promise<void> {
  await db.updateTable('zoekindex_status').set({ vingerafdruk: 'verouderd' }).execute();
}

/**
 * One maintenance pass: rebuild when the index is missing, stale or differs in content from the
 * database (checked under the rebuild lock); otherwise drop vacancies whose closing day has passed
 * and prune finished tasks.
 */
export async function maintainSearchIndex(db: Kysely<DB>, search: SearchConnection, now: Date = new Date()): Promise<'rebuilt' | 'maintained'> {
  await removeExpired(search, now).catch(() => undefined);
  const { reason } = await rebuildIfNeeded(db, search, now);
  if (reason) return 'rebuilt';
  await pruneFinishedTasks(search.client);
  return 'maintained';
}
