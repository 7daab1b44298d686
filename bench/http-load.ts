import { Agent, request } from 'node:http';

/** Latency percentiles in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(at(0.5)), p95: round(at(0.95)), mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length) };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** What one timed request returned. */
export interface TimedResponse {
  status: number;
  ms: number;
  bytes: number;
  /** The server's X-Page-Cache header (hit/miss) where it sent one. */
  cache?: string;
}

/** One GET over a keep-alive connection (Brotli accepted, as a browser does); resolves with status and milliseconds. */
export function timedGet(url: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { 'Accept-Encoding': 'br, gzip', ...headers } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes, cache: res.headers['x-page-cache'] as string | undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Throughput of a load run: only answered 200s count towards rates and latency; failures are reported beside them. */
export interface Throughput {
  seconds: number;
  connections: number;
  ok: number;
  errors: number;
  /** Successful responses per second (failed requests excluded). */
  rps: number;
  /** Share of the successful responses served from the page cache. */
  cacheHitShare: number;
  latency: ReturnType<typeof percentiles>;
}

/** Requests per second with `connections` concurrent keep-alive loops for `seconds`, walking through URLs in order. */
export async function throughput(urls: string[], connections: number, seconds: number, headers: Record<string, string> = {}): Promise<Throughput> {
  const deadline = performance.now() + seconds * 1000;
  let ok = 0;
  let errors = 0;
  let hits = 0;
  let next = 0;
  const samples: number[] = [];
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < deadline) {
      const url = urls[next++ % urls.length]!;
      const result = await timedGet(url, headers).catch(() => ({ status: 0, ms: 0, bytes: 0, cache: undefined }));
      if (result.status !== 200) {
        errors++;
        continue;
      }
      ok++;
      if (result.cache === 'hit') hits++;
      samples.push(result.ms);
    }
  }));
  return { seconds, connections, ok, errors, rps: Math.round(ok / seconds), cacheHitShare: ok ? Math.round((hits / ok) * 1000) / 1000 : 0, latency: percentiles(samples) };
}
