import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoSite, type DemoSite } from '../support/demo-site.ts';

// HTTP only, on the shared demo site: what the server promises downstream caches and browsers (issue 12) —
// compressed text, public pages cacheable with a validator, and nothing personal ever marked public.

let site: DemoSite;
let analystCookie = '';

beforeAll(async () => {
  site = demoSite();
  const user = 'analist@demo.rijkinderegio.example';
  const password = new RegExp(`${user.replace('.', '\\.')}\\s+wachtwoord: (\\S+)`).exec(site.output())?.[1] ?? '';
  const response = await fetch(`${site.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: site.url },
    body: new URLSearchParams({ gebruikersnaam: user, wachtwoord: password, terug: '/dashboard' }),
  });
  expect(response.status).toBe(303);
  analystCookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
});

/** A raw GET (undici's fetch would decode the body and hide the encoding). */
async function rawGet(path: string, headers: Record<string, string> = {}) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(`${site.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compression', () => {
  it('sends pages as Brotli or gzip as the client accepts, and as they are to a client that accepts neither', async () => {
    const br = await rawGet('/vacatures?q=beleidsmedewerker', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary)).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toContain('<html');
    const gz = await rawGet('/vacatures?q=beleidsmedewerker', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toContain('<html');
    const plain = await rawGet('/vacatures?q=beleidsmedewerker');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<html');
  });

  it('serves the stylesheet precompressed and immutable, and compresses API JSON', async () => {
    const html = (await rawGet('/')).body.toString();
    const stylesheet = /<link[^>]+href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    const css = await rawGet(stylesheet!, { 'Accept-Encoding': 'br' });
    expect(css.status).toBe(200);
    expect(css.headers['content-encoding']).toBe('br');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(css.body).length).toBeGreaterThan(css.body.length * 3);
    const api = await rawGet('/api/v1/vacatures?q=beleidsmedewerker', { 'Accept-Encoding': 'gzip' });
    expect(api.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(api.body).toString())).toHaveProperty('totaal');
  });
});

describe('public pages are cacheable, personal ones never', () => {
  it('gives a public page a short public lifetime, an ETag and 304 for a client that holds it', async () => {
    const first = await rawGet('/regio/groningen');
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await rawGet('/regio/groningen', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
  });

  it('answers a burst of the same search from memory, and a reload renders afresh', async () => {
    const path = `/vacatures?q=jurist&sorteer=nieuwste&pagina=2`;
    await rawGet(path);
    const second = await rawGet(path);
    expect(second.headers['x-page-cache']).toBe('hit');
    const reload = await rawGet(path, { 'Cache-Control': 'no-cache' });
    expect(reload.headers['x-page-cache']).toBe('miss');
  });

  it('never marks a signed-in page, the login page, a vacaturemail page or a token API answer public', async () => {
    const dashboard = await rawGet('/dashboard/rijk', { Cookie: analystCookie });
    expect(dashboard.status).toBe(200);
    expect(String(dashboard.headers['cache-control'])).not.toContain('public');
    expect(dashboard.headers['x-page-cache']).toBeUndefined();
    for (const path of ['/login', '/vacaturemail']) {
      const response = await rawGet(path);
      expect(String(response.headers['cache-control'] ?? ''), path).not.toContain('public');
      expect(response.headers['x-page-cache'], path).toBeUndefined();
    }
    const scenario = await rawGet('/cijfers/scenario', { Cookie: analystCookie });
    expect(String(scenario.headers['cache-control'] ?? '')).not.toContain('public');
  });

  it('shows a signed-in reader of a public page the same bytes as anyone (public pages ignore the session)', async () => {
    const anonymous = await rawGet('/cijfers/methode');
    const signedIn = await rawGet('/cijfers/methode', { Cookie: analystCookie });
    expect(signedIn.headers.etag).toBe(anonymous.headers.etag);
  });
});
