import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../../src/lib/http/precompress-assets.ts';
import { PrecompressedAssets } from '../../../src/lib/http/precompressed-assets.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A minimal stand-in for node's ServerResponse: records what the handler sent. */
function fakeResponse() {
  const headers = new Map<string, unknown>();
  const sent: { status: number; body?: Buffer } = { status: 0 };
  return {
    headers,
    sent,
    res: {
      setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), value),
      set statusCode(status: number) { sent.status = status; },
      end: (body?: Buffer) => { sent.body = body; },
    },
  };
}

describe('static files compressed at build time', () => {
  it('writes .br and .gz beside compressible files of 1 KB or more, and leaves fonts and small files alone', () => {
    dir = mkdtempSync(join(tmpdir(), 'rir-precompress-'));
    mkdirSync(join(dir, '_astro'));
    const css = 'body{color:red}\n'.repeat(200);
    writeFileSync(join(dir, '_astro', 'site.css'), css);
    writeFileSync(join(dir, '_astro', 'font.woff2'), Buffer.alloc(4096, 1));
    writeFileSync(join(dir, 'tiny.svg'), '<svg/>');
    const summary = precompressDirectory(dir);
    expect(summary.files).toBe(1);
    expect(brotliDecompressSync(readFileSync(join(dir, '_astro', 'site.css.br'))).toString()).toBe(css);
    expect(gunzipSync(readFileSync(join(dir, '_astro', 'site.css.gz'))).toString()).toBe(css);
    expect(existsSync(join(dir, '_astro', 'font.woff2.br'))).toBe(false);
    expect(existsSync(join(dir, 'tiny.svg.br'))).toBe(false);
  });

  it('serves the encoding the client accepts, immutable under /_astro/, and 304 for a known tag', () => {
    dir = mkdtempSync(join(tmpdir(), 'rir-precompress-'));
    mkdirSync(join(dir, '_astro'));
    const css = 'main{margin:0}\n'.repeat(200);
    writeFileSync(join(dir, '_astro', 'site.css'), css);
    precompressDirectory(dir);
    const assets = new PrecompressedAssets(dir);
    expect(assets.size).toBe(1);

    const br = fakeResponse();
    expect(assets.handle({ method: 'GET', url: '/_astro/site.css?v=1', headers: { 'accept-encoding': 'gzip, deflate, br' } } as never, br.res as never)).toBe(true);
    expect(br.sent.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.sent.body!).toString()).toBe(css);

    const plain = fakeResponse();
    assets.handle({ method: 'GET', url: '/_astro/site.css', headers: {} } as never, plain.res as never);
    expect(plain.headers.has('content-encoding')).toBe(false);
    expect(plain.sent.body!.toString()).toBe(css);

    const again = fakeResponse();
    assets.handle({ method: 'GET', url: '/_astro/site.css', headers: { 'if-none-match': String(br.headers.get('etag')) } } as never, again.res as never);
    expect(again.sent.status).toBe(304);

    const other = fakeResponse();
    expect(assets.handle({ method: 'GET', url: '/vacatures', headers: {} } as never, other.res as never)).toBe(false);
    expect(assets.handle({ method: 'POST', url: '/_astro/site.css', headers: {} } as never, other.res as never)).toBe(false);
  });
});
