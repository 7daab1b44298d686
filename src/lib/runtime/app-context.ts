import { getConfig } from '../config/config.ts';
import { openDatabase, targetFromConfig, type Database } from '../db/database.ts';
import { onShutdown } from '../lifecycle/shutdown.ts';
import { connectSearch, type SearchConnection } from '../search/search-client.ts';
import { loadRegionCatalog, type RegionCatalog } from '../regions/region-catalog.ts';

/**
 * The server's long-lived resources, opened on first use. Kept on globalThis so that Vite's
 * development reloads do not open a second PGlite on the same folder (it allows one).
 */
const KEY = Symbol.for('rijk-in-de-regio.app-context');

interface Context {
  database?: Promise<Database>;
  readDatabase?: Promise<Database>;
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
  // The long-lived server serves an embedded PGlite to CLIs on a socket (one owner per folder).
  ctx.database ??= openDatabase(targetFromConfig(getConfig()), { serveSocket: true }).then((database) => {
    onShutdown(`database (${database.description})`, () => database.close());
    return database;
  });
  ctx.database.catch(() => { ctx.database = undefined; });
  return ctx.database;
}

/**
 * The database for read-only public work (search listings): a replica when DATABASE_READ_URL is set,
 * otherwise the primary. A replica lags a little, so writes and read-your-own-write pages use getDatabase().
 */
export function getReadDatabase(): Promise<Database> {
  const url = getConfig().DATABASE_READ_URL;
  if (!url) return getDatabase();
  const ctx = context();
  ctx.readDatabase ??= openDatabase({ kind: 'postgres', url }).then((database) => {
    onShutdown(`read replica (${database.description})`, () => database.close());
    return database;
  });
  ctx.readDatabase.catch(() => { ctx.readDatabase = undefined; });
  return ctx.readDatabase;
}

/** The search connection, opened once per process (starting the embedded server if needed). */
export function getSearch(): Promise<SearchConnection> {
  const ctx = context();
  ctx.search ??= connectSearch(getConfig());
  ctx.search.catch(() => { ctx.search = undefined; });
  return ctx.search;
}

/** Hands the server the search connection `npm start` opened (with its supervised process), so both copies of this module share it. */
export function provideSearch(search: SearchConnection): void {
  context().search = Promise.resolve(search);
}

/** Reference lookups held in memory: region catalog, organisation codes and names, hub provinces. */
export interface ReferenceLookups {
  catalog: RegionCatalog;
  organisationCodes: ReadonlySet<string>;
  organisationNames: ReadonlyMap<string, string>;
  hubProvinces: ReadonlySet<string>;
  hubs: { plaats: string; gemeenteCode: string; provincieCode: string; lat: number; lon: number; status: string }[];
}

const LOOKUPS_KEY = Symbol.for('rijk-in-de-regio.reference-lookups');

/** The reference lookups, loaded once per process (reference data changes only with a release). */
export function getReferenceLookups(): Promise<ReferenceLookups> {
  const store = globalThis as unknown as Record<symbol, Promise<ReferenceLookups> | undefined>;
  store[LOOKUPS_KEY] ??= getDatabase().then(async ({ db }) => {
    const [catalog, organisations, hubs] = await Promise.all([
      loadRegionCatalog(db),
      db.selectFrom('organisatie').select(['code', 'naam']).execute(),
      db.selectFrom('rijksontmoetingsplein').innerJoin('gemeente', 'gemeente.code', 'rijksontmoetingsplein.gemeente_code')
        .select(['plaats', 'gemeente_code', 'gemeente.provincie_code', 'gemeente.lat', 'gemeente.lon', 'status']).execute(),
    ]);
    return {
      catalog,
      organisationCodes: new Set(organisations.map((o) => o.code)),
      organisationNames: new Map(organisations.map((o) => [o.code, o.naam])),
      hubProvinces: new Set(hubs.filter((h) => h.status === 'open').map((h) => h.provincie_code)),
      hubs: hubs.map((h) => ({ plaats: h.plaats, gemeenteCode: h.gemeente_code, provincieCode: h.provincie_code, lat: h.lat, lon: h.lon, status: h.status })),
    };
  });
  store[LOOKUPS_KEY].catch(() => { store[LOOKUPS_KEY] = undefined; });
  return store[LOOKUPS_KEY];
}
