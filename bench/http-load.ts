import { Agent, request } from 'node:http';

/** Latency percentiles in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p95: number; mean: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(at(0.5)), p95: round(at(0.95)), mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length) };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One GET over a keep-alive connection; resolves with status and milliseconds. */
export function timedGet(url: string): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Requests per second with `connections` concurrent keep-alive loops for `seconds`, cycling through URLs. */
export async function throughput(urls: string[], connections: number, seconds: number): Promise<{ requests: number; rps: number; errors: number; latency: ReturnType<typeof percentiles> }> {
  const deadline = performance.now() + seconds * 1000;
  let requests = 0;
  let errors = 0;
  const samples: number[] = [];
  await Promise.all(Array.from({ length: connections }, async (_, worker) => {
    let i = worker;
    while (performance.now() < deadline) {
      const result = await timedGet(urls[i++ % urls.length]!).catch(() => ({ status: 0, ms: 0, bytes: 0 }));
      if (result.status !== 200) errors++;
      requests++;
      samples.push(result.ms);
    }
  }));
  return { requests, rps: Math.round(requests / seconds), errors, latency: percentiles(samples) };
}
