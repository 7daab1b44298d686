import { createHash } from 'node:crypto';
import { checkAccess } from '../auth/access-rules.ts';

/**
 * Paths that anyone may read but whose answer is not the same for everyone (a signed link, a form
 * with a one-off token, a session being made or ended): never cached.
 */
const PERSONAL = /^\/(login|logout|vacaturemail)(\/|$)/;

/**
 * Whether a request asks for a public page whose answer depends only on its URL. Public paths are
 * rendered without looking at the session (src/lib/auth/request-auth.ts), so a signed-in reader gets
 * the same bytes as anyone; the access matrix decides what is public.
 */
export function isPublicCacheable(method: string, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (PERSONAL.test(pathname) || pathname.startsWith('/api/')) return false;
  return checkAccess('GET', pathname, ['anoniem']) === 'allowed';
}

/** The Cache-Control of a public page: browsers and proxies may keep it briefly and refresh it in the background. */
export function publicCacheControl(seconds: number): string {
  return seconds > 0 ? `public, max-age=${seconds}, stale-while-revalidate=${seconds * 6}` : 'no-cache';
}

/** A weak validator for a body (weak: the same content in another encoding has the same tag). */
export function weakEtag(body: Uint8Array): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** Whether an If-None-Match header names this tag (a list, `*`, weak or strong forms). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/** A rendered public page as kept in memory. */
export interface CachedPage {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  etag: string;
  storedAt: number;
}

/**
 * A few seconds of memory per server process for public pages (a micro-cache): a burst of readers of
 * the same search costs one render. Bounded by entries and bytes, oldest out first; every write on
 * this process empties it (other processes catch up within the TTL, as proxies do).
 */
export class PublicPageCache {
  private readonly entries = new Map<string, CachedPage>();
  private bytes = 0;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(ttlMs: number, maxEntries = 500, maxBytes = 32 * 1024 * 1024, now: () => number = Date.now) {
    this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.now = now;
  }

  /** The page kept for this key if it is younger than the TTL. */
  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.ttlMs) {
      this.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Keeps a page, evicting the oldest entries to stay within the bounds. */
  set(key: string, page: Omit<CachedPage, 'storedAt'>): CachedPage {
    this.delete(key);
    const entry: CachedPage = { ...page, storedAt: this.now() };
    if (this.ttlMs <= 0 || entry.body.length > this.maxBytes / 8) return entry;
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    return entry;
  }

  /** Forgets everything (after a write on this process). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  /** Entries held (for tests and the health report). */
  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.body.length;
  }
}
