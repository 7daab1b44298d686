/**
 * npm run bench:import — the application import against raw COPY of the same file on the same database, in one run.
 * Engine: PostgreSQL when BENCH_DATABASE_URL is set (a fresh database is created on that server and dropped), else
 * embedded PGlite in memory. BENCH_ROWS (default 1,000,000 on PostgreSQL, 100,000 on PGlite) sets the size; one row
 * in 1,000 has an impossible date, so the rejected-row path is measured too. Rates count accepted rows only.
 * Prints a table (engine and version, cores, load, size, date), the goal as met / not met, a profile of the import's
 * steps, and writes bench/results/import-<date>-<engine>-<rows>.json (runs the README quotes are kept in bench/runs/).
 */
import { createWriteStream, mkdirSync, mkdtempSync, openAsBlob, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { copyInFor } from '../src/lib/db/bulk-copy.ts';
import { openDatabase, type Database } from '../src/lib/db/database.ts';
import { migrateToLatest } from '../src/lib/db/migrate.ts';
import { readCsvRecords } from '../src/lib/import/csv-records.ts';
import { fileSource } from '../src/lib/import/open-source.ts';
import { ApplicationResolver } from '../src/lib/intake/application-resolver.ts';
import { APPLICATION_COLUMNS, APPLICATION_REQUIRED_COLUMNS, applicationRowSchema } from '../src/lib/intake/application-row-schema.ts';
import { importApplications } from '../src/lib/intake/import-applications.ts';
import { loadRegionCatalog } from '../src/lib/regions/region-catalog.ts';
import { loadReferenceData } from '../src/lib/reference/load-reference-data.ts';
import { addDays, amsterdamDate } from '../src/lib/time/amsterdam-time.ts';
import { goal } from './bench-environment.ts';
import { createScratchDatabase } from './scratch-database.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SERVER = process.env.BENCH_DATABASE_URL;
const ENGINE_KIND = SERVER ? 'postgres' : 'pglite';
const ROWS = Number(process.env.BENCH_ROWS ?? (SERVER ? 1_000_000 : 100_000));
const GOAL = 0.3;
const MEMORY_GOAL_MB = 300;
const SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const log = (line: string) => console.log(`[bench import] ${line}`);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const load = () => loadavg().map((l) => round(l, 2));

/** The generated ATS export: semicolons, Dutch dates, full postcodes; every 1000th row has an impossible date. */
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
    const dutch = i % 1000 === 999 ? '31-02-2026' : `${applied.slice(8, 10)}-${applied.slice(5, 7)}-${applied.slice(0, 4)}`;
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

async function openEngine(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (!SERVER) return { database: await openDatabase({ kind: 'pglite-memory' }), drop: async () => undefined };
  const scratch = await createScratchDatabase(SERVER, 'import');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 4 });
  return { database, drop: scratch.drop };
}

/**
 * Raw COPY of the very same file into a table of text columns, no validation: the peer. It goes through the same
 * registered COPY as the import (pg-copy-streams on PostgreSQL, '/dev/blob' on PGlite), in one transaction.
 */
async function rawCopy(database: Database, file: string): Promise<number> {
  const copyIn = copyInFor(database.db);
  if (!copyIn) throw new Error('this database has no COPY registered');
  await sql.raw(`create table copy_peer (${APPLICATION_COLUMNS.map((c) => `${c} text`).join(', ')})`).execute(database.db);
  const blob = await openAsBlob(file);
  const started = performance.now();
  await database.db.transaction().execute((trx) => copyIn(trx as never, 'copy_peer', blob, "format csv, header true, delimiter ';'"));
  return (performance.now() - started) / 1000;
}

async function main() {
  const { database, drop } = await openEngine();
  const dir = mkdtempSync(join(tmpdir(), 'rir-bench-import-'));
  const date = new Date().toISOString();
  const result: Record<string, unknown> = { date, rows: ROWS, cores: cpus().length, cpu: cpus()[0]?.model, node: process.version };
  try {
    const db = database.db;
    await migrateToLatest(db);
    await loadReferenceData(db);
    const version = (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0]!.v;
    result.engine = SERVER ? `PostgreSQL ${/PostgreSQL ([\d.]+)/.exec(version)?.[1] ?? version}` : `PGlite ${(JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version} (PostgreSQL ${/PostgreSQL ([\d.]+)/.exec(version)?.[1] ?? '?'} in WASM)`;
    const municipalities = (await db.selectFrom('gemeente').select('code').orderBy('code').execute()).map((g) => g.code);
    const postcodes = (await db.selectFrom('pc4').select('pc4').where('soort', '!=', 'Postbus').orderBy('pc4').execute()).map((p) => p.pc4);
    const file = join(dir, 'sollicitaties.csv');
    await writeCsv(file, ROWS, municipalities, postcodes);
    result.fileMegabytes = round(statSync(file).size / 1e6);
    log(`${result.engine as string}; wrote ${ROWS.toLocaleString('en')} rows (${result.fileMegabytes} MB); load ${load().join(' ')}`);

    // The import first, right after the file is written, so its memory is measured before anything else grows the heap.
    const loadBefore = load();
    const phases: { phase: string; seconds: number }[] = [];
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    let started = performance.now();
    const report = await importApplications(db, fileSource(file), {
      organisatieCode: 'duo',
      format: 'csv',
      secret: SECRET,
      door: 'bench',
      onPhase: (phase, ms) => phases.push({ phase, seconds: round(ms / 1000, 2) }),
    });
    const importSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    // maxRSS is the whole process's peak (with PGlite that includes the database itself); the sampler sees the import.
    const maxRssMegabytes = round((process.resourceUsage().maxRSS * 1024) / 1e6, 0);
    result.import = {
      seconds: round(importSeconds),
      accepted: report.accepted,
      rejected: report.rejected,
      acceptedRowsPerSecond: Math.round(report.accepted / importSeconds),
      rssBeforeMegabytes: round(rssBefore / 1e6, 0),
      peakRssMegabytes: round(peakRss / 1e6, 0),
      processMaxRssMegabytes: maxRssMegabytes,
      loadBefore,
      loadAfter: load(),
      phases,
    };
    log(`import: ${JSON.stringify(result.import)}`);

    started = performance.now();
    const again = await importApplications(db, fileSource(file), { organisatieCode: 'duo', format: 'csv', secret: SECRET, door: 'bench' });
    result.reimport = { seconds: round((performance.now() - started) / 1000), accepted: again.accepted, unchanged: again.unchanged, rejected: again.rejected };
    log(`re-import of the same file: ${JSON.stringify(result.reimport)}`);

    // Node alone: read + validate + pseudonymise + resolve, no database writes (the floor of the import's Node work).
    const catalog = await loadRegionCatalog(db);
    const resolver = await ApplicationResolver.load(db as never, { organisatieCode: 'duo', secret: SECRET, catalog });
    const schema = applicationRowSchema({ today: amsterdamDate() });
    started = performance.now();
    for await (const entry of readCsvRecords(fileSource(file), { requiredColumns: APPLICATION_REQUIRED_COLUMNS, knownColumns: APPLICATION_COLUMNS })) {
      if (entry.error !== undefined) continue;
      const parsed = schema.safeParse(entry.record);
      if (parsed.success) resolver.resolve(entry.rowNumber, parsed.data);
    }
    result.nodeOnlyMicrosecondsPerRow = round(((performance.now() - started) * 1000) / ROWS, 1);
    log(`Node only (read, validate, pseudonymise, resolve): ${result.nodeOnlyMicrosecondsPerRow} µs/row`);

    const copySeconds = await rawCopy(database, file);
    result.copy = { seconds: round(copySeconds, 2), rowsPerSecond: Math.round(ROWS / copySeconds), load: load() };
    log(`raw COPY: ${JSON.stringify(result.copy)}`);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
    await drop();
  }
  const r = result as Record<string, any>;
  const ratio = r.import.acceptedRowsPerSecond / r.copy.rowsPerSecond;
  result.vsCopy = round(ratio, 3);
  result.goal = { vsCopy: GOAL, met: ratio >= GOAL, peakRssMegabytes: MEMORY_GOAL_MB, memoryMet: r.import.peakRssMegabytes <= MEMORY_GOAL_MB };
  const rows = `${r.engine}, ${ROWS.toLocaleString('en')} rows`;
  const goals = [
    goal(`import ≥ ${GOAL}× raw COPY, ${rows}`, ratio >= GOAL, `${round(ratio, 3)}×`),
    goal(`import peak RSS ≤ ${MEMORY_GOAL_MB} MB, ${rows}`, r.import.peakRssMegabytes <= MEMORY_GOAL_MB, `${r.import.peakRssMegabytes} MB`),
  ];
  const table = [
    '| engine | cores | load (1 min) | rows (MB) | date | raw COPY rows/s | import accepted rows/s (× COPY) | rejected | RSS before → peak during import | re-import |',
    '|---|---:|---:|---:|---|---:|---:|---:|---:|---:|',
    `| ${r.engine} | ${r.cores} | ${r.import.loadBefore[0]} | ${ROWS.toLocaleString('en')} (${r.fileMegabytes}) | ${date.slice(0, 10)} | ${r.copy.rowsPerSecond.toLocaleString('en')} | ${r.import.acceptedRowsPerSecond.toLocaleString('en')} (${round(ratio, 3)}×) | ${r.import.rejected.toLocaleString('en')} | ${r.import.rssBeforeMegabytes} → ${r.import.peakRssMegabytes} MB | ${r.reimport.seconds} s, ${r.reimport.unchanged.toLocaleString('en')} unchanged, ${r.reimport.accepted} written |`,
    '',
    `profile of this run: Node alone (read, validate, pseudonymise, resolve) ${r.nodeOnlyMicrosecondsPerRow} µs/row; import phases: ${r.import.phases.map((p: { phase: string; seconds: number }) => `${p.phase} ${p.seconds} s`).join('; ')}`,
    '',
    ...goals,
  ].join('\n');
  console.log(`\n${table}\n`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const out = join(ROOT, 'bench/results', `import-${date.slice(0, 10)}-${ENGINE_KIND}-${ROWS >= 1e6 ? `${ROWS / 1e6}m` : `${ROWS / 1e3}k`}.json`);
  writeFileSync(out, `${JSON.stringify({ ...result, goals, table }, null, 2)}\n`);
  console.log(`written ${out}`);
}

await main();
