import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { onShutdown } from '../lifecycle/shutdown.ts';
import { meiliHttpClient } from './meili-http-client.ts';
import { findRunningEmbeddedMeili, startEmbeddedMeili, type MeiliProcess } from './meili-process.ts';

/** The one way to make a Meilisearch client: our HTTP client (see meili-http-client.ts), 10 s timeout. */
export function meiliClient(host: string, apiKey: string | undefined): Meilisearch {
  return new Meilisearch({ host, apiKey, timeout: 10_000, httpClient: meiliHttpClient });
}

/** How we reach Meilisearch. */
export interface SearchConnection {
  client: Meilisearch;
  url: string;
  apiKey: string | undefined;
  /** 'external' when MEILI_URL was given, 'embedded' when this process started the binary. */
  mode: 'external' | 'embedded';
  indexPrefix: string;
  /** The supervised embedded process, when this process started it (its state feeds the health check). */
  process?: MeiliProcess;
}

/**
 * Set by `npm start` when no Meilisearch is available (no binary for this platform, none configured):
 * the site then searches with PostgreSQL and says so, instead of trying to start one per request.
 */
export const SEARCH_DISABLED_ENV = 'RIR_SEARCH_DISABLED';

/** Raised by connectSearch when search runs on the database only (see SEARCH_DISABLED_ENV). */
export class SearchDisabledError extends Error {
  override name = 'SearchDisabledError';
}

/** Connects to MEILI_URL, or starts the embedded server under DATA_DIR/meilisearch when it is absent. */
export async function connectSearch(config: {
  MEILI_URL?: string | undefined;
  MEILI_MASTER_KEY?: string | undefined;
  MEILI_INDEX_PREFIX: string;
  DATA_DIR: string;
}): Promise<SearchConnection> {
  if (config.MEILI_URL) {
    const client = meiliClient(config.MEILI_URL, config.MEILI_MASTER_KEY);
    return { client, url: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY, mode: 'external', indexPrefix: config.MEILI_INDEX_PREFIX };
  }
  if (process.env[SEARCH_DISABLED_ENV]) throw new SearchDisabledError('no Meilisearch on this installation: searching with the database');
  const server = await startEmbeddedMeili({ dataDir: join(config.DATA_DIR, 'meilisearch') });
  onShutdown('Meilisearch (pid ' + server.pid + ')', () => server.stop());
  const client = meiliClient(server.url, server.masterKey);
  return { client, url: server.url, apiKey: server.masterKey, mode: 'embedded', indexPrefix: config.MEILI_INDEX_PREFIX, process: server };
}

/**
 * For command-line tools: the configured server, or the embedded one a running `npm start` owns.
 * Never starts a server; null when none is reachable.
 */
export async function connectRunningSearch(config: Parameters<typeof connectSearch>[0]): Promise<SearchConnection | null> {
  if (config.MEILI_URL) return connectSearch(config);
  const running = await findRunningEmbeddedMeili(join(config.DATA_DIR, 'meilisearch'));
  if (!running) return null;
  const client = meiliClient(running.url, running.masterKey);
  return { client, url: running.url, apiKey: running.masterKey, mode: 'external', indexPrefix: config.MEILI_INDEX_PREFIX };
}
