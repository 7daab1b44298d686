import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SearchConnection } from '../search/search-client.ts';
import { pruneFinishedTasks, rebuildIfNeeded } from '../search/vacancy-indexer.ts';

/**
 * Brings the search indexes up to date with the database before the site serves requests. Under the
 * rebuild lock: of several nodes starting together, one rebuilds and the others find it current.
 */
export async function indexAtStartup(db: Kysely<DB>, search: SearchConnection, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const { reason, count } = await rebuildIfNeeded(db, search);
  if (!reason) {
    log('search index: up to date');
    await pruneFinishedTasks(search.client);
    return;
  }
  log(`search index: rebuilt (${reason}): ${count} open vacancies in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
