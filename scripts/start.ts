import cluster from 'node:cluster';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareDatabase } from '../src/lib/bootstrap/prepare-database.ts';
import { createSiteHttpServer, listen, watchEventLoopBlocks, type SiteHandler } from '../src/lib/server/site-http-server.ts';
import { installFaultHandlers } from '../src/lib/lifecycle/process-faults.ts';
import { runShutdownHooks } from '../src/lib/lifecycle/shutdown.ts';
import { SEARCH_DISABLED_ENV, connectSearch, type SearchConnection } from '../src/lib/search/search-client.ts';
import { EmbeddedMeiliUnavailable } from '../src/lib/search/meili-binary.ts';
import { lockPgliteFolder } from '../src/lib/db/pglite-folder-lock.ts';
import { targetFromConfig } from '../src/lib/db/database.ts';
import { getDatabase, provideSearch } from '../src/lib/runtime/app-context.ts';
import { buildIfStale } from './build-if-stale.ts';
import { loadConfigOrExit, logger } from './cli-support.ts';

/**
 * npm start: build when needed, prepare the database, bring up search, then serve the built site.
 * We serve the adapter's standalone handler from our own http.Server (src/lib/server/site-http-server.ts)
 * so that static files get the same headers as pages, and so that Ctrl-C can stop everything in order.
 * With WEB_CONCURRENCY > 1 (PostgreSQL only) this process prepares everything and supervises
 * Meilisearch, and node:cluster workers serve the port; their shared state is in PostgreSQL.
 */
const log = logger(cluster.isWorker ? `start:${cluster.worker?.id}` : 'start');
const config = loadConfigOrExit();
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
installFaultHandlers(log, () => runShutdownHooks(log));

const SITE_ENTRY = join(import.meta.dirname, '../dist/server/entry.mjs');
const CLIENT_DIR = join(import.meta.dirname, '../dist/client');

/** Loads the built site and serves it on HOST:PORT from this process. */
async function serveSite(): Promise<{ stop: () => void; staticFiles: number }> {
  const entry = (await import(pathToFileURL(SITE_ENTRY).href)) as { handler: SiteHandler };
  const { server, staticFiles } = createSiteHttpServer(entry.handler, CLIENT_DIR);
  await listen(server, config.PORT, config.HOST);
  const stopWatching = watchEventLoopBlocks();
  return {
    staticFiles,
    stop: () => {
      stopWatching();
      server.close();
      server.closeAllConnections();
    },
  };
}

/** A cluster worker: serves the site with its own database pool and search client. */
async function worker() {
  await getDatabase();
  const site = await serveSite();
  let stopping = false;
  process.on('SIGTERM', () => {
    if (stopping) return;
    stopping = true;
    site.stop();
    void runShutdownHooks(log).finally(() => process.exit(0));
  });
  // The primary stops workers with SIGTERM; Ctrl-C reaches the whole group, and the primary decides.
  process.on('SIGINT', () => undefined);
}

/** Forks `count` workers, replaces any that dies unasked, and returns how to stop them all. */
async function startWorkers(count: number): Promise<() => Promise<void>> {
  let stopping = false;
  const fork = () => {
    const child = cluster.fork();
    child.on('exit', (code, signal) => {
      if (stopping) return;
      log(`worker ${child.id} exited (${signal ?? code}); starting a new one`);
      fork();
    });
    return child;
  };
  const workers = Array.from({ length: count }, fork);
  await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
    w.once('listening', () => resolve());
    w.once('exit', (code) => reject(new Error(`worker ${w.id} exited with code ${code} before it served`)));
  })));
  return async () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(alive.map((w) => new Promise<void>((resolve) => {
      const timer = setTimeout(() => { w.process.kill('SIGKILL'); resolve(); }, 10_000);
      w.once('exit', () => { clearTimeout(timer); resolve(); });
      w.process.kill('SIGTERM');
    })));
  };
}

async function main() {
  buildIfStale(log);
  // The embedded database has one owner: this server, for as long as it runs (CLIs then go through
  // its socket). A second `npm start` on the same DATA_DIR stops here with a clear line.
  const target = targetFromConfig(config);
  if (target.kind === 'pglite') {
    const lock = lockPgliteFolder(target.dataDir);
    if (!lock.owned) {
      console.error(`start failed: the embedded database in ${target.dataDir} is owned by process ${lock.owner.pid} (another npm start?). Stop it first, or use another DATA_DIR.`);
      process.exit(1);
    }
  }
  const prepared = await prepareDatabase(config, log);
  // The long-lived database of the server (shared with the bundled handler through globalThis).
  const database = await getDatabase();
  let search: SearchConnection | null = null;
  try {
    search = await connectSearch(config);
  } catch (error) {
    if (!(error instanceof EmbeddedMeiliUnavailable)) throw error;
    // No binary for this platform (it is an optional dependency): serve with the database search.
    process.env[SEARCH_DISABLED_ENV] = '1';
    log(`search: ${error.message}`);
    log('search: NOTICE — serving with the PostgreSQL search (slower, no typo tolerance); health reports search "off"');
  }
  if (search) {
    provideSearch(search);
    // The server process reads its configuration from the environment: point it at this search server.
    process.env.MEILI_URL = search.url;
    if (search.apiKey) process.env.MEILI_MASTER_KEY = search.apiKey;
    log(`search: Meilisearch ${search.mode === 'embedded' ? `started (embedded, supervised, pid ${search.process?.pid})` : 'connected'} at ${search.url}`);
    const { indexAtStartup } = await import('../src/lib/bootstrap/index-at-startup.ts');
    await indexAtStartup(database.db, search, log);
    // After a restart Meilisearch has its old data but missed what was published while it was down
    // (those writes marked the index stale): catch up at once instead of at the next maintenance run.
    const { maintainSearchIndex } = await import('../src/lib/search/search-maintenance.ts');
    const connected = search;
    search.process?.onRestarted(() => {
      maintainSearchIndex(database.db, connected).then(
        (outcome) => log(`search index after restart: ${outcome}`),
        (error: unknown) => log(`search index after restart failed: ${(error as Error).message}`),
      );
    });
  }

  let processes = config.WEB_CONCURRENCY;
  if (processes > 1 && target.kind === 'pglite') {
    log(`WEB_CONCURRENCY=${processes} ignored: the embedded database has one owner; set DATABASE_URL to serve from several processes`);
    processes = 1;
  }
  let stopServing: () => Promise<void> | void;
  if (processes > 1) {
    stopServing = await startWorkers(processes);
    log(`serving from ${processes} worker processes (node:cluster), this process supervises`);
  } else {
    const site = await serveSite();
    stopServing = site.stop;
    log(`static files served precompressed from memory: ${site.staticFiles}`);
  }
  const shownHost = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  log(`database: ${prepared.description}`);
  log(`data folder: ${config.DATA_DIR}`);
  log(`vacaturemail: ${config.SMTP_URL ? `SMTP ${new URL(config.SMTP_URL).host}` : `no SMTP_URL, so every message is written as an .eml file in ${join(config.DATA_DIR, 'mail')}`}`);
  log(`serving http://${shownHost}:${config.PORT}  (Ctrl-C stops the site and everything it started)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, stopping…`);
    await stopServing();
    await runShutdownHooks(log);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

(cluster.isWorker ? worker() : main()).catch(async (error: unknown) => {
  console.error(process.env.DEBUG ? (error as Error).stack : `start failed: ${(error as Error).message}`);
  await runShutdownHooks(log);
  process.exit(1);
});
