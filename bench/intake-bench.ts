/**
 * npm run bench:intake — applicant-data import speed against raw PostgreSQL COPY of the same file,
 * memory while importing, and dashboard query latency on millions of applications.
 * Needs PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); a fresh
 * database is created and dropped. BENCH_ROWS (default 1,000,000) and BENCH_DASHBOARD_ROWS
 * (default 5,000,000) set the sizes. Writes bench/results/intake-<date>.json and prints a table.
 */
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { openDatabase } from '../src/lib/db/database.ts';
import { migrateToLatest } from '../src/lib/db/migrate.ts';
import { fileSource } from '../src/lib/import/open-source.ts';
import { loadDashboardFigures } from '../src/lib/intake/dashboard-data.ts';
import { intakeFunnel } from '../src/lib/intake/funnel-query.ts';
import { importApplications } from '../src/lib/intake/import-applications.ts';
import { refreshIntakeRollupNow } from '../src/lib/intake/intake-rollup.ts';
import { organisationLeague } from '../src/lib/intake/organisation-league.ts';
import { loadReferenceData } from '../src/lib/reference/load-reference-data.ts';
import { amsterdamDate, addDays } from '../src/lib/time/amsterdam-time.ts';
import { percentiles } from './http-load.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const DASHBOARD_ROWS = Number(process.env.BENCH_DASHBOARD_ROWS ?? 5_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const log = (line: string) => console.log(`[bench intake] ${line}`);

async function writeCsv(file: string, rows: number, municipalities: string[], postcodes: string[]): Promise<void> {
  const out = createWriteStream(file);
  const today = amsterdamDate();
  const fases = ['sollicitatie', 'sollicitatie', 'sollicitatie', 'gesprek', 'aanbod', 'aangenomen'];
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('sollicitant_id;vacature;werkplaats_gemeente;sollicitatiedatum;postcode;fase;uitkomst;datum_gesprek;datum_aanbod;datum_indiensttreding;toestemming_bewaren\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const fase = fases[i % fases.length]!;
    const applied = addDays(today, -(i % 20));
    const dutch = `${applied.slice(8, 10)}-${applied.slice(5, 7)}-${applied.slice(0, 4)}`;
    const postcode = i % 20 === 0 ? '' : `${postcodes[(i * 7919) % postcodes.length]} AB`;
    const gesprek = fase === 'sollicitatie' ? '' : applied;
    const aanbod = fase === 'aanbod' || fase === 'aangenomen' ? applied : '';
    const start = fase === 'aangenomen' ? addDays(today, 30) : '';
    chunk += `S${i};EXT-${i % 5000};${municipalities[i % municipalities.length]};${dutch};${postcode};${fase};${fase === 'aangenomen' ? 'aangenomen' : 'lopend'};${gesprek};${aanbod};${start};nee\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve) => out.end(resolve));
}

async function main() {
  const name = `rir_bench_intake_${Date.now()}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect().catch((error: Error) => { throw new Error(`No PostgreSQL at ${SERVER} (${error.message}); set BENCH_DATABASE_URL.`); });
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 4 });
  const dir = mkdtempSync(join(tmpdir(), 'rir-bench-intake-'));
  const result: Record<string, unknown> = { rows: ROWS, dashboardRows: DASHBOARD_ROWS };
  try {
    await migrateToLatest(database.db);
    await loadReferenceData(database.db);
    const municipalities = (await database.db.selectFrom('gemeente').select('code').orderBy('code').execute()).map((g) => g.code);
    const postcodes = (await database.db.selectFrom('pc4').select('pc4').where('soort', '!=', 'Postbus').orderBy('pc4').execute()).map((p) => p.pc4);
    const file = join(dir, 'sollicitaties.csv');
    await writeCsv(file, ROWS, municipalities, postcodes);
    result.fileMegabytes = Math.round(statSync(file).size / 1e5) / 10;
    log(`wrote ${ROWS.toLocaleString('en')} rows (${result.fileMegabytes} MB)`);

    // Peer: raw COPY of the very same file into a table of text columns, no validation.
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query('create table copy_peer (sollicitant_id text, vacature text, werkplaats_gemeente text, sollicitatiedatum text, postcode text, fase text, uitkomst text, datum_gesprek text, datum_aanbod text, datum_indiensttreding text, toestemming_bewaren text)');
    let started = performance.now();
    await pipeline(createReadStream(file), client.query(copyStreams.from("copy copy_peer from stdin with (format csv, header true, delimiter ';')")));
    const copySeconds = (performance.now() - started) / 1000;
    await client.end();
    result.copy = { seconds: Math.round(copySeconds * 10) / 10, rowsPerSecond: Math.round(ROWS / copySeconds) };
    log(`COPY: ${JSON.stringify(result.copy)}`);

    let peakRss = 0;
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 100);
    const rssBefore = process.memoryUsage().rss;
    started = performance.now();
    const report = await importApplications(database.db, fileSource(file), { organisatieCode: 'duo', format: 'csv', secret: SECRET, door: 'bench' });
    const importSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    result.import = {
      seconds: Math.round(importSeconds * 10) / 10,
      rowsPerSecond: Math.round(ROWS / importSeconds),
      vsCopy: Math.round((ROWS / importSeconds / (ROWS / copySeconds)) * 100) / 100,
      accepted: report.accepted,
      rejected: report.rejected,
      peakRssMegabytes: Math.round(peakRss / 1e6),
      rssBeforeMegabytes: Math.round(rssBefore / 1e6),
    };
    log(`import (validate, pseudonymise, upsert, rollup): ${JSON.stringify(result.import)}`);
    started = performance.now();
    const again = await importApplications(database.db, fileSource(file), { organisatieCode: 'duo', format: 'csv', secret: SECRET, door: 'bench' });
    result.reimport = { seconds: Math.round((performance.now() - started) / 100) / 10, unchanged: again.unchanged, accepted: again.accepted };
    log(`re-import of the same file: ${JSON.stringify(result.reimport)}`);

    // Dashboards on many applications: generated in SQL over several organisations, then rolled up.
    const organisations = (await database.db.selectFrom('organisatie').select('code').orderBy('code').limit(20).execute()).map((o) => o.code);
    const extra = Math.max(0, DASHBOARD_ROWS - ROWS);
    started = performance.now();
    await sql`
      insert into sollicitatie (organisatie_code, sollicitant_sleutel, externe_vacature, werkplaats_gemeente_code, sollicitatiedatum, woon_gemeente_code, fase, uitkomst, bewaren_tot)
      select (${sql.val(organisations)}::text[])[1 + (g % ${organisations.length})], encode(sha256(g::text::bytea), 'hex'), 'GEN-' || (g % 9000), gm.codes[1 + g % gm.n],
             current_date - (g % 700), case when g % 19 = 0 then null else gm.codes[1 + (g * 31) % gm.n] end,
             (array['sollicitatie','sollicitatie','sollicitatie','gesprek','aanbod','aangenomen'])[1 + g % 6]::text,
             case when g % 6 = 5 then 'aangenomen' else 'lopend' end, current_date + 365
      from generate_series(1, ${extra}) g,
           (select array_agg(code order by code) as codes, count(*)::int as n from gemeente) gm`.execute(database.db);
    for (const code of organisations) await refreshIntakeRollupNow(database.db, code);
    result.dashboardSetupSeconds = Math.round((performance.now() - started) / 100) / 10;
    const total = await database.db.selectFrom('sollicitatie').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    result.applicationsInDatabase = Number(total.n);
    log(`${Number(total.n).toLocaleString('en')} applications in the database; rollup built in ${result.dashboardSetupSeconds} s`);
    const names = new Map(organisations.map((c) => [c, c]));
    const time = async (run: () => Promise<unknown>) => {
      await run();
      const samples: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const t = performance.now();
        await run();
        samples.push(performance.now() - t);
      }
      return percentiles(samples);
    };
    const randstad = ['PV26', 'PV27', 'PV28'];
    result.dashboardOrganisation = await time(() => loadDashboardFigures(database.db, { organisations: ['duo'] }, { fase: 'sollicitatie', randstad }));
    result.dashboardRijk = await time(() => loadDashboardFigures(database.db, {}, { fase: 'aangenomen', randstad }));
    result.dashboardLeague = await time(() => organisationLeague(database.db, {}, names, randstad));
    log(`dashboard (one organisation): ${JSON.stringify(result.dashboardOrganisation)}; all organisations: ${JSON.stringify(result.dashboardRijk)}; league: ${JSON.stringify(result.dashboardLeague)}`);
    // Utility of the cell-key release: how far published counts are from the true ones (funnel rows, all organisations).
    result.method = 'cell-key (ptable max noise 3)';
    const rijk = await loadDashboardFigures(database.db, {}, { fase: 'aangenomen', randstad });
    const exact = await intakeFunnel(database.db, { demo: 'exclude' });
    const errors = [...exact.rows, exact.total].flatMap((row, i) => {
      const shown = i < exact.rows.length ? rijk.funnel.rows[i]! : rijk.funnel.total;
      return (['sollicitatie', 'aangenomen'] as const).filter((f) => row.counts[f] >= 100).map((f) => Math.abs(shown.published[f] - row.counts[f]) / row.counts[f]);
    });
    result.relativeError = { cells: errors.length, max: Math.max(0, ...errors), mean: errors.reduce((a, b) => a + b, 0) / Math.max(1, errors.length) };
    log(`relative error of published funnel counts ≥ 100: ${JSON.stringify(result.relativeError)}`);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
    const dropper = new pg.Client({ connectionString: SERVER });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  }
  const r = result as Record<string, any>;
  const table = [
    '| rows | COPY rows/s | import rows/s (× COPY) | import peak RSS | re-import | applications | dashboard p50/p95 (org) | dashboard p50/p95 (Rijk) | league p50/p95 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${ROWS.toLocaleString('en')} (${r.method}; relative error of published funnel counts ≥ 100: max ${(r.relativeError.max * 100).toFixed(2)}%) | ${r.copy.rowsPerSecond.toLocaleString('en')} | ${r.import.rowsPerSecond.toLocaleString('en')} (${r.import.vsCopy}×) | ${r.import.peakRssMegabytes} MB | ${r.reimport.seconds} s, ${r.reimport.unchanged.toLocaleString('en')} unchanged | ${r.applicationsInDatabase.toLocaleString('en')} | ${r.dashboardOrganisation.p50} / ${r.dashboardOrganisation.p95} ms | ${r.dashboardRijk.p50} / ${r.dashboardRijk.p95} ms | ${r.dashboardLeague.p50} / ${r.dashboardLeague.p95} ms |`,
  ].join('\n');
  console.log(`\n${table}\n`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const out = join(ROOT, 'bench/results', `intake-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), result, table }, null, 2));
  console.log(`written ${out}`);
}

await main();
