import { getConfig } from '../config/config.ts';
import { openDatabase, targetFromConfig, type Database } from '../db/database.ts';
import { onShutdown } from '../lifecycle/shutdown.ts';
import { connectSearch, type SearchConnection } from '../search/search-client.ts';

/**
 * The server's long-lived resources, opened on first use. Kept on globalThis so that Vite's
 * development reloads do not open a second PGlite on the same folder (it allows one).
 */
const KEY = Symbol.for('rijk-in-de-regio.app-context');

interface Context {
  database?: Promise<Database>;
  search?: Promise<SearchConnection>;
}

function context(): Context {
  const store = globalThis as unknown as Record<symbol, Context | undefined>;
  store[KEY] ??= {};
  return store[KEY];
}

/** The database (PostgreSQL or embedded PGlite), opened once per process. */
export function getDatabase(): Promise<Database> {
  const ctx = context();
  ctx.database ??= openDatabase(targetFromConfig(getConfig())).then((database) => {
    onShutdown(`database (${database.description})`, () => database.close());
    return database;
  });
  ctx.database.catch(() => { ctx.database = undefined; });
  return ctx.database;
}

/** The search connection, opened once per process (starting the embedded server if needed). */
export function getSearch(): Promise<SearchConnection> {
  const ctx = context();
  ctx.search ??= connectSearch(getConfig());
  ctx.search.catch(() => { ctx.search = undefined; });
  return ctx.search;
}
