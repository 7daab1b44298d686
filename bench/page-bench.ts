/**
 * npm run bench:pages — lean pages: Lighthouse (mobile, its default simulated slow 4G and 4× CPU
 * slowdown) on `/`, `/vacatures`, a vacancy page and `/cijfers` of a demo site started like
 * `npm start`, BENCH_LIGHTHOUSE_RUNS runs each (median), and whether every text response of those
 * pages arrives compressed. Uses Debian's chromium (CHROME_PATH, else `chromium` on PATH). Runs on
 * PGlite unless BENCH_DATABASE_URL is set (then a fresh database). Writes bench/results/pages-<date>.json
 * and prints a table with met / not met per goal.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/lib/search/meili-process.ts';
import { benchEnvironment, describeEnvironment, goal } from './bench-environment.ts';
import { createScratchDatabase } from './scratch-database.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).stdout.trim();
const GOAL_SCORE = 95;
const GOAL_CLS = 0.05;
const log = (line: string) => console.log(`[bench pages] ${line}`);

/** The figures of one Lighthouse run that the goals and the table use. */
interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  transferKiB: number;
  textCompressionScore: number | null;
  /** Where the (simulated, 4× slowed) main thread spent its time: Lighthouse's work breakdown, ms per group. */
  mainThread: Record<string, number>;
  /** The long tasks (≥ 50 ms) Lighthouse saw, with the script they are attributed to. */
  longTasks: { url: string; ms: number }[];
}

async function startDemoSite(databaseUrl: string | undefined): Promise<{ url: string; output: () => string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'rir-bench-pages-'));
  const child = spawn(process.execPath, ['scripts/start.ts'], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', PORT: String(port), HOST: '127.0.0.1', RIR_BACKGROUND_JOBS: 'off' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => { output += c.toString(); });
  child.stderr.on('data', (c: Buffer) => { output += c.toString(); });
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => { if (output.includes('serving http://')) { clearInterval(check); resolve(); } }, 200);
    child.once('exit', (code) => { clearInterval(check); reject(new Error(`site exited ${code}: ${output}`)); });
  });
  child.once('exit', (code, signal) => { if (!stopping) console.error(`[bench pages] the site exited (${signal ?? code}); its output:\n${output.slice(-4000)}`); });
  let stopping = false;
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      stopping = true;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await done;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One Lighthouse run, in a child process run asynchronously (a synchronous run would stop this process from
 * reading the site's output, and a full pipe stalls the site). A run that fails to record its trace
 * (NO_NAVSTART, seen under load) is retried twice.
 */
async function lighthouse(url: string, attempt = 1): Promise<LighthouseRun> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/lighthouse/cli/index.js'), url, '--quiet', '--only-categories=performance', '--output=json', '--output-path=stdout', `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage`], { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) {
    if (attempt < 3) {
      log(`lighthouse ${url}: attempt ${attempt} failed (${stderr.trim().split('\n').at(-1)?.slice(0, 160)}); again`);
      return lighthouse(url, attempt + 1);
    }
    throw new Error(`lighthouse ${url} failed: ${stderr.slice(-500)}`);
  }
  const report = JSON.parse(stdout) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue?: number; score: number | null; details?: { items?: Record<string, unknown>[] } }>;
  };
  const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcpMs: Math.round(value('first-contentful-paint')),
    lcpMs: Math.round(value('largest-contentful-paint')),
    tbtMs: Math.round(value('total-blocking-time')),
    cls: Math.round(value('cumulative-layout-shift') * 1000) / 1000,
    transferKiB: Math.round(value('total-byte-weight') / 102.4) / 10,
    textCompressionScore: report.audits['uses-text-compression']?.score ?? null,
    mainThread: Object.fromEntries((report.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [String(i.groupLabel ?? i.group), Math.round(Number(i.duration))])),
    longTasks: (report.audits['long-tasks']?.details?.items ?? []).map((i) => ({ url: String(i.url).replace(/^https?:\/\/[^/]+/, ''), ms: Math.round(Number(i.duration)) })),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Every same-origin text resource a page links (stylesheets, scripts, icons) and whether each came compressed. */
async function compressionOf(siteUrl: string, path: string): Promise<{ url: string; encoding: string }[]> {
  const page = await fetch(`${siteUrl}${path}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
  const html = await page.text();
  const linked = [...html.matchAll(/<(?:link|script)\b[^>]*(?:href|src)="(\/[^"]+\.(?:css|js|svg))"/g)].map((m) => m[1]!);
  const checks = [{ url: path, encoding: page.headers.get('content-encoding') ?? 'identity' }];
  for (const asset of new Set(linked)) {
    const response = await fetch(`${siteUrl}${asset}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    await response.arrayBuffer();
    const small = Number(response.headers.get('content-length') ?? 2048) < 1024 && !response.headers.get('content-encoding');
    checks.push({ url: asset, encoding: response.headers.get('content-encoding') ?? (small ? 'identity (under 1 KB)' : 'identity') });
  }
  return checks;
}

async function main() {
  if (!CHROME) throw new Error('no chromium: install Debian chromium or set CHROME_PATH');
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, 'pages') : null;
  const databaseUrl = scratch?.url;
  const dropDatabase = scratch?.drop ?? (async () => undefined);
  const environment = await benchEnvironment({ databaseUrl });
  log('starting a demo site (npm start with demo data)…');
  const site = await startDemoSite(databaseUrl);
  try {
    const search = await fetch(`${site.url}/vacatures`).then((r) => r.text()).catch(async (error: Error) => {
      await new Promise((r) => setTimeout(r, 1000));
      throw new Error(`GET /vacatures failed (${(error.cause as Error | undefined)?.message ?? error.message}); the site said:\n${site.output().slice(-4000)}`);
    });
    const vacancy = /href="(\/vacatures\/[a-z0-9-]+)"/.exec(search)?.[1];
    if (!vacancy) throw new Error('no vacancy link on /vacatures');
    const pages = ['/', '/vacatures', vacancy, '/cijfers'];
    const results = [];
    for (const path of pages) {
      const runs: LighthouseRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(`${site.url}${path}`));
      const compression = await compressionOf(site.url, path);
      const result = {
        path,
        runs,
        score: median(runs.map((r) => r.score)),
        fcpMs: median(runs.map((r) => r.fcpMs)),
        lcpMs: median(runs.map((r) => r.lcpMs)),
        tbtMs: median(runs.map((r) => r.tbtMs)),
        cls: Math.max(...runs.map((r) => r.cls)),
        transferKiB: median(runs.map((r) => r.transferKiB)),
        compression,
      };
      log(`${path}: ${JSON.stringify({ ...result, runs: undefined })}`);
      results.push(result);
    }
    const uncompressed = results.flatMap((r) => r.compression.filter((c) => c.encoding === 'identity').map((c) => c.url));
    const goals = [
      ...results.map((r) => goal(`Lighthouse performance ≥ ${GOAL_SCORE} (mobile) on ${r.path}`, r.score >= GOAL_SCORE, `median ${r.score} of ${RUNS} (${r.runs.map((x) => x.score).join(', ')})`)),
      ...results.map((r) => goal(`layout shift < ${GOAL_CLS} on ${r.path}`, r.cls < GOAL_CLS, `worst of ${RUNS}: ${r.cls}`)),
      goal('every text response of these pages compressed', uncompressed.length === 0, uncompressed.length ? `uncompressed: ${uncompressed.join(', ')}` : `${results.reduce((n, r) => n + r.compression.length, 0)} responses checked`),
    ];
    const table = [
      describeEnvironment(environment),
      `Lighthouse ${JSON.parse(spawnSync(process.execPath, ['-e', "console.log(JSON.stringify(require('./node_modules/lighthouse/package.json').version))"], { cwd: ROOT, encoding: 'utf8' }).stdout)} (mobile: simulated slow 4G, 4× CPU slowdown) with ${spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout.trim()}; median of ${RUNS} runs (layout shift: the worst run)`,
      '',
      '| page | performance | FCP ms | LCP ms | TBT ms | layout shift | transfer KiB | text compressed |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
      ...results.map((r) => `| ${r.path.startsWith('/vacatures/') ? '/vacatures/… (a vacancy)' : r.path} | ${r.score} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.transferKiB} | ${r.compression.map((c) => c.encoding).join(', ')} |`),
      '',
      ...goals,
      ...results.filter((r) => r.score < GOAL_SCORE).map((r) => {
        const run = r.runs.find((x) => x.score === r.score) ?? r.runs[0]!;
        const work = Object.entries(run.mainThread).sort((a, b) => b[1] - a[1]).map(([group, ms]) => `${group} ${ms} ms`).join(', ');
        const tasks = run.longTasks.map((t) => `${t.url || '(page)'} ${t.ms} ms`).join(', ');
        return `profile of ${r.path} (its median run, score ${run.score}, TBT ${run.tbtMs} ms): main thread ${work}; long tasks ${tasks || 'none'}`;
      }),
    ].join('\n');
    console.log(`\n${table}\n`);
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const file = join(ROOT, 'bench/results', `pages-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ environment, runs: RUNS, results, goals, table }, null, 2));
    console.log(`written ${file}`);
  } catch (error) {
    await new Promise((r) => setTimeout(r, 1000));
    console.error(`[bench pages] failed; the site's last output:\n${site.output().slice(-4000)}`);
    throw error;
  } finally {
    await site.stop();
    await dropDatabase();
  }
}

await main();
