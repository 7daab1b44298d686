import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareDatabase } from '../src/lib/bootstrap/prepare-database.ts';
import { SECURITY_HEADERS } from '../src/lib/http/security-headers.ts';
import { runShutdownHooks } from '../src/lib/lifecycle/shutdown.ts';
import { connectSearch } from '../src/lib/search/search-client.ts';
import { EmbeddedMeiliUnavailable } from '../src/lib/search/meili-process.ts';
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

async function main() {
  buildIfStale(log);
  const prepared = await prepareDatabase(config, log);
  let search;
  try {
    search = await connectSearch(config);
  } catch (error) {
    if (error instanceof EmbeddedMeiliUnavailable) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // The server process reads its configuration from the environment: point it at this search server.
  process.env.MEILI_URL = search.url;
  if (search.apiKey) process.env.MEILI_MASTER_KEY = search.apiKey;
  log(`search: Meilisearch ${search.mode === 'embedded' ? 'started (embedded)' : 'connected'} at ${search.url}`);

  const { indexAtStartup } = await import('../src/lib/bootstrap/index-at-startup.ts');
  await indexAtStartup(config, search, log);

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
