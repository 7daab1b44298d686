import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { chooseEncoding, type ContentEncoding } from './content-encoding.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** One static file with its build-time compressed forms, held in memory (a few hundred KB in all). */
interface PrecompressedAsset {
  type: string;
  etag: string;
  cacheControl: string;
  bodies: Record<ContentEncoding, Buffer>;
}

/**
 * Serves the static files that the build precompressed (`.br`/`.gz` beside them, see
 * precompress-assets.ts) in the encoding the client accepts. Hashed files under `/_astro/` are
 * immutable; anything else may change with a deploy and is revalidated after an hour.
 */
export class PrecompressedAssets {
  private readonly assets = new Map<string, PrecompressedAsset>();

  constructor(clientDir: string) {
    if (existsSync(clientDir)) this.scan(clientDir, clientDir);
  }

  /** How many files are served from memory. */
  get size(): number {
    return this.assets.size;
  }

  /** Answers the request when it asks for a precompressed file; false lets the next handler answer. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const asset = this.assets.get(path);
    if (!asset) return false;
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const body = asset.bodies[encoding];
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Cache-Control', asset.cacheControl);
    res.setHeader('Vary', 'Accept-Encoding');
    // The ETag names the content, not its encoding: weak, so a proxy may serve any encoding for it.
    res.setHeader('ETag', asset.etag);
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    if (req.headers['if-none-match'] === asset.etag) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.setHeader('Content-Length', body.length);
    res.statusCode = 200;
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  }

  private scan(root: string, dir: string): void {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        this.scan(root, path);
        continue;
      }
      const type = CONTENT_TYPES[extname(entry.name)];
      if (!type || !existsSync(`${path}.br`) || !existsSync(`${path}.gz`)) continue;
      const identity = readFileSync(path);
      const url = `/${relative(root, path).split(sep).join('/')}`;
      this.assets.set(url, {
        type,
        etag: `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`,
        cacheControl: url.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
        bodies: { identity, br: readFileSync(`${path}.br`), gzip: readFileSync(`${path}.gz`) },
      });
    }
  }
}
