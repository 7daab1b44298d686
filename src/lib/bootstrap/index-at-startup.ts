import type { AppConfig } from '../config/config.ts';
import { openDatabase, targetFromConfig } from '../db/database.ts';
import type { SearchConnection } from '../search/search-client.ts';
import { pruneFinishedTasks, rebuildReason, rebuildVacancyIndexes } from '../search/vacancy-indexer.ts';

/** Brings the search indexes up to date with the database before the site serves requests. */
export async function indexAtStartup(config: AppConfig, search: SearchConnection, log: (line: string) => void): Promise<void> {
  const database = await openDatabase(targetFromConfig(config));
  try {
    const reason = await rebuildReason(database.db, search);
    if (!reason) {
      log('search index: up to date');
      await pruneFinishedTasks(search.client);
      return;
    }
    const started = performance.now();
    const count = await rebuildVacancyIndexes(database.db, search);
    log(`search index: rebuilt (${reason}): ${count} open vacancies in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
}
