import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../http/security-headers.ts';
import { PrecompressedAssets } from '../http/precompressed-assets.ts';
import { createResponseCompression } from '../http/response-compression.ts';

/** How long an idle keep-alive connection stays open (longer than the usual 60 s of a proxy in front). */
export const KEEP_ALIVE_MS = 65_000;

/** The request handler of the built Astro site (dist/server/entry.mjs). */
export type SiteHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The site's HTTP server: security headers on every response, precompressed static files from
 * memory, every other compressible response compressed on the way out, the rest by the Astro handler.
 * We serve the adapter's handler from our own server so static files get the same headers as pages.
 */
export function createSiteHttpServer(handler: SiteHandler, clientDir: string): { server: Server; staticFiles: number } {
  const assets = new PrecompressedAssets(clientDir);
  const compress = createResponseCompression();
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (assets.handle(req, res)) return;
    compress(req, res, () => handler(req, res));
  });
  // Keep idle connections longer than the clients and proxies in front of us do (Node's default is 5 s): a client
  // that reuses a connection the server has just closed gets "other side closed" on a request it never saw answered
  // — a reverse proxy answers that with a 502, and a test process busy for a few seconds met it in CI.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  return { server, staticFiles: assets.size };
}

/** Listens on host:port; rejects when the port is taken. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Logs when this process's event loop was blocked for a while (no request, not even a static file, was
 * answered meanwhile): the embedded database and image rendering run on this thread, so a long block is a
 * finding worth a line in the log. Unref'd: never keeps the process alive.
 */
export function watchEventLoopBlocks(thresholdMs = 2000, log: (line: string) => void = (line) => console.warn(line)): () => void {
  const tickMs = 250;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const blocked = now - last - tickMs;
    if (blocked >= thresholdMs) log(`[server] event loop blocked for ${Math.round(blocked)} ms`);
    last = now;
  }, tickMs);
  timer.unref();
  return () => clearInterval(timer);
}
