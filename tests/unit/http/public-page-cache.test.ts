import { describe, expect, it } from 'vitest';
import { isPublicCacheable, matchesEtag, publicCacheControl, PublicPageCache, weakEtag } from '../../../src/lib/http/public-page-cache.ts';

const page = (text: string) => {
  const body = new TextEncoder().encode(text);
  return { status: 200, headers: [['content-type', 'text/html']] as [string, string][], body, etag: weakEtag(body) };
};

describe('which requests may be answered from the public page cache', () => {
  it.each(['/', '/vacatures', '/vacatures/jurist-duo-123', '/regio/groningen', '/organisaties/duo', '/cijfers', '/cijfers/methode', '/acties', '/en/vacatures'])('caches the public page %s', (path) => {
    expect(isPublicCacheable('GET', path)).toBe(true);
    expect(isPublicCacheable('HEAD', path)).toBe(true);
  });

  it.each(['/dashboard', '/dashboard/rijk', '/beheer/signalen', '/cijfers/upload', '/cijfers/scenario', '/login', '/logout', '/vacaturemail', '/vacaturemail/beheer', '/api/v1/vacatures', '/api/v1/statistieken/instroom'])('never caches %s (signed-in, personal or API)', (path) => {
    expect(isPublicCacheable('GET', path)).toBe(false);
  });

  it('never caches a write', () => {
    expect(isPublicCacheable('POST', '/vacatures')).toBe(false);
  });
});

describe('validators', () => {
  it('gives the same weak tag for the same bytes and another for other bytes', () => {
    expect(weakEtag(new TextEncoder().encode('a'))).toBe(weakEtag(new TextEncoder().encode('a')));
    expect(weakEtag(new TextEncoder().encode('a'))).not.toBe(weakEtag(new TextEncoder().encode('b')));
    expect(weakEtag(new TextEncoder().encode('a'))).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/);
  });

  it('matches If-None-Match lists, weak and strong forms and *', () => {
    const tag = 'W/"abc"';
    expect(matchesEtag('W/"abc"', tag)).toBe(true);
    expect(matchesEtag('"abc"', tag)).toBe(true);
    expect(matchesEtag('"x", W/"abc"', tag)).toBe(true);
    expect(matchesEtag('*', tag)).toBe(true);
    expect(matchesEtag('"abcd"', tag)).toBe(false);
    expect(matchesEtag(null, tag)).toBe(false);
  });

  it('lets browsers and proxies keep a public page briefly, or revalidate always when switched off', () => {
    expect(publicCacheControl(10)).toBe('public, max-age=10, stale-while-revalidate=60');
    expect(publicCacheControl(0)).toBe('no-cache');
  });
});

describe('PublicPageCache', () => {
  it('keeps a page for the TTL and not a millisecond longer', () => {
    let now = 1_000;
    const cache = new PublicPageCache(5_000, 10, 1_000_000, () => now);
    cache.set('/vacatures?q=a', page('a'));
    now = 5_999;
    expect(cache.get('/vacatures?q=a')?.body).toEqual(new TextEncoder().encode('a'));
    now = 6_000;
    expect(cache.get('/vacatures?q=a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops the oldest entries beyond its entry and byte bounds', () => {
    const cache = new PublicPageCache(60_000, 2, 1_000_000);
    cache.set('/a', page('a'));
    cache.set('/b', page('b'));
    cache.set('/c', page('c'));
    expect([cache.get('/a'), cache.get('/b')?.etag, cache.get('/c')?.etag]).toEqual([undefined, page('b').etag, page('c').etag]);
    const small = new PublicPageCache(60_000, 100, 240);
    for (let i = 0; i < 9; i++) small.set(`/${i}`, page(String(i).repeat(30)));
    expect(small.get('/0')).toBeUndefined();
    expect(small.get('/1')).toBeDefined();
    expect(small.get('/8')).toBeDefined();
  });

  it('does not keep a body larger than an eighth of its byte bound, nor anything with a TTL of 0', () => {
    const cache = new PublicPageCache(60_000, 100, 80);
    cache.set('/big', page('b'.repeat(11)));
    expect(cache.get('/big')).toBeUndefined();
    const off = new PublicPageCache(0);
    off.set('/a', page('a'));
    expect(off.size).toBe(0);
  });

  it('forgets everything on clear (a write on this process)', () => {
    const cache = new PublicPageCache(60_000);
    cache.set('/a', page('a'));
    cache.clear();
    expect(cache.get('/a')).toBeUndefined();
  });
});
