import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareDatabase } from '../src/lib/bootstrap/prepare-database.ts';
import { SECURITY_HEADERS } from '../src/lib/http/security-headers.ts';
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
 * We serve the adapter's standalone handler from our own http.Server so that static files get the
 * same security headers as rendered pages, and so that Ctrl-C can stop everything in order.
 */
const log = logger('start');
const config = loadConfigOrExit();
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
installFaultHandlers(log, () => runShutdownHooks(log));

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

  const entry = (await import(pathToFileURL(join(import.meta.dirname, '../dist/server/entry.mjs')).href)) as {
    handler: (req: IncomingMessage, res: ServerResponse) => void;
  };
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    entry.handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
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
    server.close();
    server.closeAllConnections();
    await runShutdownHooks(log);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch(async (error: unknown) => {
  console.error(process.env.DEBUG ? (error as Error).stack : `start failed: ${(error as Error).message}`);
  await runShutdownHooks(log);
  process.exit(1);
});
