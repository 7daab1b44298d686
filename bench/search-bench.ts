/**
 * npm run bench:search — vacancy search at 10,000 and 100,000 vacancies (BENCH_SIZES to change):
 * raw Meilisearch (the exact multi-search the page sends), the PostgreSQL full-text peer, the
 * /vacatures page rendered afresh and from the page cache and the API (sequential p50/p95),
 * requests/s at 32 connections for distinct searches (every URL new, so nothing comes from a cache)
 * and for the popular searches (micro-cached), full reindex time, and the JavaScript the search
 * page ships. Writes bench/results/search-<date>.json and prints a table with the engines, the
 * machine and met / not met per goal. Uses PostgreSQL when BENCH_DATABASE_URL is set (a fresh
 * database is created; the site then runs WEB_CONCURRENCY = cores workers), else PGlite (one process).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { meiliClient } from '../src/lib/search/search-client.ts';
import { openDatabase, type DatabaseTarget } from '../src/lib/db/database.ts';
import { migrateToLatest } from '../src/lib/db/migrate.ts';
import { loadReferenceData } from '../src/lib/reference/load-reference-data.ts';
import { loadRegionCatalog } from '../src/lib/regions/region-catalog.ts';
import { loadPlaceFinder } from '../src/lib/regions/place-finder.ts';
import { freePort, startEmbeddedMeili } from '../src/lib/search/meili-process.ts';
import type { SearchConnection } from '../src/lib/search/search-client.ts';
import { resolveSearchLocation } from '../src/lib/search/search-location.ts';
import { searchVacanciesInDatabase } from '../src/lib/search/vacancy-fallback-search.ts';
import { rebuildVacancyIndexes } from '../src/lib/search/vacancy-indexer.ts';
import { parseVacancySearchParams } from '../src/lib/search/vacancy-search-params.ts';
import { searchVacancies } from '../src/lib/search/vacancy-search.ts';
import { amsterdamDate } from '../src/lib/time/amsterdam-time.ts';
import { bulkLoadDemoVacancies } from './bulk-load-vacancies.ts';
import { benchEnvironment, describeEnvironment, goal, meilisearchVersion } from './bench-environment.ts';
import { percentiles, throughput, timedGet } from './http-load.ts';
import { createScratchDatabase } from './scratch-database.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15);
const CONNECTIONS = 32;
const WORKERS = process.env.BENCH_DATABASE_URL ? (await import('node:os')).availableParallelism() : 1;
/** Issue 12's goals for the search page. */
const GOAL_RPS = 300;
const GOAL_P95_RATIO = 1.3;

/** Realistic searches: free text, provinces, radius, facets, sorting. */
export const QUERIES = [
  '',
  'q=beleidsmedewerker',
  'q=beleidsmedewerker&provincie=groningen',
  'postcode=9711&afstand=25',
  'postcode=3511&afstand=10&sorteer=afstand',
  'q=ict&provincie=PV28&provincie=PV27',
  'vakgebied=juridisch&opleidingsniveau=wo',
  'q=informatiebeveiliging',
  'schaalMin=10&schaalMax=12&urenMin=32',
  'q=jurist&sorteer=nieuwste',
  'organisatie=belastingdienst&provincie=PV25',
  'rijksontmoetingsplein=ja&provincie=PV22',
  'q=data analist&postcode=6411&afstand=50',
];

/** Words people search for (titles and fields of the demo catalogue). */
const TERMS = ['beleidsmedewerker', 'jurist', 'ict', 'data', 'adviseur', 'projectleider', 'inspecteur', 'financieel', 'communicatie', 'secretaresse', 'analist', 'developer', 'controller', 'hr', 'onderzoeker', 'teamleider', 'griffier', 'belasting', 'informatiebeveiliging', 'architect', 'medewerker', 'trainee', 'stage', 'toezicht', 'handhaving', 'klantcontact', 'inkoop', 'facilitair', 'senior', 'junior'];
const PROVINCES = ['', 'PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31'];
const SORTS = ['relevantie', 'nieuwste', 'sluitingsdatum'];

/**
 * Distinct searches, each URL once per run (term × province × sort × page, then shuffled
 * deterministically): a load of these is never answered from the page cache.
 */
export function distinctSearches(): string[] {
  const out: string[] = [];
  for (const q of TERMS) for (const p of PROVINCES) for (const sorteer of SORTS) for (const pagina of [1, 2, 3]) {
    out.push(`q=${encodeURIComponent(q)}${p ? `&provincie=${p}` : ''}&sorteer=${sorteer}${pagina > 1 ? `&pagina=${pagina}` : ''}`);
  }
  let seed = 12;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function createBenchTarget(size: number): Promise<{ target: DatabaseTarget; url?: string; cleanup: () => Promise<void> }> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), `rir-bench-${size}-`));
    return { target: { kind: 'pglite', dataDir: join(dir, 'pglite') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const scratch = await createScratchDatabase(serverUrl, `search_${size}`);
  return { target: { kind: 'postgres', url: scratch.url }, url: scratch.url, cleanup: scratch.drop };
}

async function timeQueries(run: (query: string) => Promise<unknown>): Promise<ReturnType<typeof percentiles>> {
  for (const q of QUERIES) await run(q); // warm-up
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const started = performance.now();
      await run(q);
      samples.push(performance.now() - started);
    }
  }
  return percentiles(samples);
}

async function startSite(env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/start.ts'], { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', RIR_BACKGROUND_JOBS: 'off', WEB_CONCURRENCY: String(WORKERS) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => { output += c.toString(); });
  child.stderr.on('data', (c: Buffer) => { output += c.toString(); });
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => { if (output.includes('serving http://')) { clearInterval(check); resolve(); } }, 100);
    child.once('exit', (code) => { clearInterval(check); reject(new Error(`site exited ${code}: ${output}`)); });
  });
  return { url: `http://127.0.0.1:${port}`, stop: async () => { const done = new Promise((r) => child.once('exit', r)); child.kill('SIGTERM'); await done; } };
}

function searchPageJavaScript(html: string): { files: number; gzipBytes: number } {
  let total = 0;
  let files = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? '';
    if (/type="application\/ld\+json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    const code = src ? readFileSync(join(ROOT, 'dist/client', src)) : Buffer.from(match[2] ?? '');
    total += gzipSync(code).length;
    files++;
  }
  return { files, gzipBytes: total };
}

async function benchSize(size: number) {
  const log = (line: string) => console.log(`[bench ${size}] ${line}`);
  const { target, url, cleanup } = await createBenchTarget(size);
  const meiliDir = mkdtempSync(join(tmpdir(), 'rir-bench-meili-'));
  const meili = await startEmbeddedMeili({ dataDir: meiliDir });
  const search: SearchConnection = { client: meiliClient(meili.url, meili.masterKey), url: meili.url, apiKey: meili.masterKey, mode: 'external', indexPrefix: '' };
  const result: Record<string, unknown> = { vacancies: size, database: target.kind, serverProcesses: WORKERS, search: await meilisearchVersion(meili.url, meili.masterKey) };
  try {
    let database = await openDatabase(target);
    await migrateToLatest(database.db);
    await loadReferenceData(database.db);
    const loadStarted = performance.now();
    await bulkLoadDemoVacancies(database.db, size, amsterdamDate());
    log(`loaded ${size} vacancies in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

    const reindexStarted = performance.now();
    const indexed = await rebuildVacancyIndexes(database.db, search);
    result.reindexSeconds = Math.round((performance.now() - reindexStarted) / 100) / 10;
    result.indexedOpenVacancies = indexed;
    log(`full reindex of ${indexed} open vacancies: ${result.reindexSeconds} s`);

    const catalog = await loadRegionCatalog(database.db);
    const places = await loadPlaceFinder(database.db, catalog);
    const organisationCodes = new Set((await database.db.selectFrom('organisatie').select('code').execute()).map((o) => o.code));
    const prepared = await Promise.all(QUERIES.map(async (q) => {
      const { criteria } = parseVacancySearchParams(new URLSearchParams(q), { catalog, organisationCodes });
      const { location } = await resolveSearchLocation(database.db, { catalog, places }, criteria);
      return { q, criteria, location };
    }));
    const byQuery = new Map(prepared.map((p) => [p.q, p]));
    result.meilisearch = await timeQueries(async (q) => { const p = byQuery.get(q)!; return searchVacancies(search, p.criteria, p.location); });
    log(`raw Meilisearch multi-search: ${JSON.stringify(result.meilisearch)}`);
    result.postgresql = await timeQueries(async (q) => { const p = byQuery.get(q)!; return searchVacanciesInDatabase(database.db, p.criteria, p.location); });
    log(`PostgreSQL full-text peer: ${JSON.stringify(result.postgresql)}`);
    await database.close();

    const dataDir = target.kind === 'pglite' ? join(target.dataDir, '..') : mkdtempSync(join(tmpdir(), 'rir-bench-site-'));
    const site = await startSite({ DATA_DIR: dataDir, DATABASE_URL: url ?? '', MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, DEMO_DATA: 'off', PUBLIC_BASE_URL: 'http://127.0.0.1' });
    try {
      // Rendered afresh: `Cache-Control: no-cache` makes the server skip its page cache (as a reload does).
      const fresh = { 'Cache-Control': 'no-cache' };
      result.page = await timeQueries(async (q) => { const r = await timedGet(`${site.url}/vacatures?${q}`, fresh); if (r.status !== 200) throw new Error(`page ${q}: ${r.status}`); });
      log(`/vacatures page, rendered afresh: ${JSON.stringify(result.page)}`);
      result.pageCached = await timeQueries(async (q) => { const r = await timedGet(`${site.url}/vacatures?${q}`); if (r.status !== 200) throw new Error(`page ${q}: ${r.status}`); });
      log(`/vacatures page, from the page cache: ${JSON.stringify(result.pageCached)}`);
      result.api = await timeQueries(async (q) => { const r = await timedGet(`${site.url}/api/v1/vacatures?${q}`); if (r.status !== 200) throw new Error(`api ${q}: ${r.status}`); });
      log(`API: ${JSON.stringify(result.api)}`);
      result.pageThroughput32 = await throughput(distinctSearches().map((q) => `${site.url}/vacatures?${q}`), CONNECTIONS, LOAD_SECONDS);
      log(`page at ${CONNECTIONS} connections, distinct searches: ${JSON.stringify(result.pageThroughput32)}`);
      result.pageThroughput32Cached = await throughput(QUERIES.map((q) => `${site.url}/vacatures?${q}`), CONNECTIONS, LOAD_SECONDS);
      log(`page at ${CONNECTIONS} connections, the ${QUERIES.length} popular searches (page cache): ${JSON.stringify(result.pageThroughput32Cached)}`);
      const compressed = await fetch(`${site.url}/vacatures?q=beleidsmedewerker`, { headers: { 'Accept-Encoding': 'br' } });
      result.pageEncoding = compressed.headers.get('content-encoding') ?? 'identity';
      const html = await (await fetch(`${site.url}/vacatures?q=beleidsmedewerker`)).text();
      result.searchPageJavaScript = searchPageJavaScript(html);
    } finally {
      await site.stop();
      if (target.kind !== 'pglite') rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    await meili.stop();
    rmSync(meiliDir, { recursive: true, force: true });
    await cleanup();
  }
  return result;
}

const environment = await benchEnvironment({ databaseUrl: process.env.BENCH_DATABASE_URL });
const results = [];
for (const size of SIZES) results.push(await benchSize(size));
environment.search = String(results[0]?.search ?? '');
const ratioOf = (r: Record<string, any>) => r.page.p95 / r.meilisearch.p95;
const row = (r: Record<string, any>) =>
  `| ${r.vacancies.toLocaleString('en')} | ${r.meilisearch.p50} / ${r.meilisearch.p95} | ${r.page.p50} / ${r.page.p95} (${ratioOf(r).toFixed(2)}×) | ${r.pageCached.p50} / ${r.pageCached.p95} | ${r.api.p50} / ${r.api.p95} | ${r.postgresql.p50} / ${r.postgresql.p95} | ${r.pageThroughput32.rps} (${r.pageThroughput32.errors} failed) | ${r.pageThroughput32Cached.rps} (${r.pageThroughput32Cached.errors} failed, ${Math.round(r.pageThroughput32Cached.cacheHitShare * 100)}% hits) | ${r.reindexSeconds} | ${(r.searchPageJavaScript.gzipBytes / 1024).toFixed(2)} KB |`;
const goals = results.flatMap((r: Record<string, any>) => [
  goal(`/vacatures ≥ ${GOAL_RPS} req/s, distinct searches, ${CONNECTIONS} connections, ${r.vacancies.toLocaleString('en')} vacancies`, r.pageThroughput32.rps >= GOAL_RPS && r.pageThroughput32.errors === 0, `${r.pageThroughput32.rps} req/s, ${r.pageThroughput32.errors} failed, p95 ${r.pageThroughput32.latency.p95} ms`),
  goal(`/vacatures p95 ≤ ${GOAL_P95_RATIO}× raw multi-search, ${r.vacancies.toLocaleString('en')} vacancies`, ratioOf(r) <= GOAL_P95_RATIO, `${r.page.p95} vs ${r.meilisearch.p95} ms = ${ratioOf(r).toFixed(2)}×`),
  goal(`/vacatures sent compressed`, r.pageEncoding === 'br', `Content-Encoding: ${r.pageEncoding}`),
]);
const table = [
  describeEnvironment(environment),
  `server: ${WORKERS} process${WORKERS > 1 ? 'es (node:cluster)' : ''}; load generator, server, database and Meilisearch share the machine; ${QUERIES.length} searches × ${ROUNDS} rounds sequentially; ${LOAD_SECONDS} s per load run`,
  '',
  '| vacancies | Meilisearch p50/p95 ms | /vacatures afresh p50/p95 ms (p95 vs Meili) | /vacatures cached p50/p95 ms | API p50/p95 ms | PostgreSQL peer p50/p95 ms | page req/s @32, distinct | page req/s @32, popular | reindex s | search-page JS (gzip) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map(row),
  '',
  ...goals,
].join('\n');
console.log(`\n${table}\n`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(ROOT, 'bench/results', `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ environment, queries: QUERIES, distinctSearches: distinctSearches().length, rounds: ROUNDS, loadSeconds: LOAD_SECONDS, results, goals, table }, null, 2));
console.log(`written ${file}`);
