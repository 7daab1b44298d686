import type { AppConfig } from '../config/config.ts';
import type { SearchConnection } from '../search/search-client.ts';

/** Brings the search index up to date with the database before the site serves requests. */
export async function indexAtStartup(_config: AppConfig, _search: SearchConnection, log: (line: string) => void): Promise<void> {
  log('search index: no indexes defined yet');
}
