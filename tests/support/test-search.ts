import { randomBytes } from 'node:crypto';
import { meiliClient } from '../../src/lib/search/search-client.ts';
import { inject } from 'vitest';
import type { SearchConnection } from '../../src/lib/search/search-client.ts';

/** A connection to the test run's Meilisearch with index names unique to this file. */
export function testSearchConnection(): SearchConnection {
  const url = inject('meiliUrl');
  const apiKey = inject('meiliKey') || undefined;
  return { client: meiliClient(url, apiKey), url, apiKey, mode: 'external', indexPrefix: `t${randomBytes(4).toString('hex')}_` };
}

/** Deletes every index of a test connection's prefix. */
export async function dropTestIndexes(search: SearchConnection): Promise<void> {
  const { results } = await search.client.getIndexes({ limit: 1000 });
  for (const index of results.filter((i) => i.uid.startsWith(search.indexPrefix))) await search.client.deleteIndex(index.uid).waitTask();
}
