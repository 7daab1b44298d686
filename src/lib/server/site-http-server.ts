import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../http/security-headers.ts';
import { PrecompressedAssets } from '../http/precompressed-assets.ts';
import { createResponseCompression } from '../http/response-compression.ts';

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
