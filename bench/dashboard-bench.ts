/**
 * npm run bench:dashboards — the intake dashboards on millions of applications (issue 12): one organisation's
 * dashboard, all organisations', and the national tables of /dashboard/rijk (league, overview, trend), each built
 * through the cell-key release exactly as the pages do, read from the coarse rollups (migration 0115). Beside them,
 * the release's two cube queries on the fine rollup (what the dashboards read before) for comparison.
 * Applications are generated in SQL with realistic, skewed distributions: workplaces by the organisations' own
 * locations and weights (db/reference/organisatie_vestigingen.csv), 60% living in the workplace's COROP region, 20%
 * elsewhere in its province, 15% anywhere, 5% unknown; 20 organisations, 8 quarters, the stage mix of an ATS export.
 * The rollups are then built the way imports build them (the fine cells in one pass, the coarse ones per organisation).
 * PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test; a fresh database per size, dropped
 * after). BENCH_DASHBOARD_SIZES (default 1000000,5000000), BENCH_ROUNDS (default 20). Writes
 * bench/results/dashboards-<date>.json and prints a table with met / not met per goal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../src/lib/db/database.ts';
import { migrateToLatest } from '../src/lib/db/migrate.ts';
import { loadDashboardFigures } from '../src/lib/intake/dashboard-data.ts';
import { CELL_COLUMNS, cellSelect, KEY_MODULUS, refreshNationalRollups, refreshOrganisationCoarseRollups, ROLLUP_TABLES } from '../src/lib/intake/intake-rollup.ts';
import { measureTrend } from '../src/lib/intake/measure-trend.ts';
import { organisationLeague } from '../src/lib/intake/organisation-league.ts';
import { organisationOverview } from '../src/lib/intake/organisation-overview.ts';
import { loadReferenceData } from '../src/lib/reference/load-reference-data.ts';
import { benchEnvironment, describeEnvironment, goal } from './bench-environment.ts';
import { percentiles } from './http-load.ts';
import { createScratchDatabase } from './scratch-database.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SIZES = (process.env.BENCH_DASHBOARD_SIZES ?? '1000000,5000000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const GOAL_P95_MS = 300;
const RANDSTAD = ['PV26', 'PV27', 'PV28'];
const log = (line: string) => console.log(`[bench dashboards] ${line}`);

async function time(run: () => Promise<unknown>) {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

async function benchSize(size: number): Promise<Record<string, any>> {
  const scratch = await createScratchDatabase(SERVER, `dashboards_${size}`);
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 4 });
  const db = database.db;
  const result: Record<string, any> = { applications: size };
  try {
    await migrateToLatest(db);
    await loadReferenceData(db);
    let started = performance.now();
    // The 20 organisations with the most locations; each application goes to one of its organisation's locations by weight.
    await sql`
      create temp table bench_org as
      select row_number() over (order by n desc, organisatie_code) - 1 as i, organisatie_code as code from (
        select organisatie_code, count(*) as n from organisatie_vestiging group by 1 order by 2 desc, 1 limit 20) o`.execute(db);
    await sql`
      create temp table bench_werk as
      select o.i, array_agg(v.gemeente_code order by v.gemeente_code, x) as codes
      from bench_org o join organisatie_vestiging v on v.organisatie_code = o.code cross join lateral generate_series(1, greatest(1, v.gewicht)) x
      group by o.i`.execute(db);
    await sql`create temp table bench_corop as select corop_code, array_agg(code order by code) as codes from gemeente group by 1`.execute(db);
    await sql`create temp table bench_prov as select provincie_code, array_agg(code order by code) as codes from gemeente group by 1`.execute(db);
    await sql`
      insert into sollicitatie (organisatie_code, sollicitant_sleutel, externe_vacature, werkplaats_gemeente_code, sollicitatiedatum, woon_gemeente_code, fase, uitkomst, bewaren_tot)
      select o.code, encode(sha256(g::text::bytea), 'hex'), 'GEN-' || (g % 9000), w.code, current_date - (g % 720)::int,
             case when h < 60 then c.codes[(1 + (g * 31) % cardinality(c.codes))::int]
                  when h < 80 then p.codes[(1 + (g * 37) % cardinality(p.codes))::int]
                  when h < 95 then a.codes[(1 + (g * 41) % cardinality(a.codes))::int]
             end,
             (array['sollicitatie','sollicitatie','sollicitatie','gesprek','aanbod','aangenomen'])[(1 + g % 6)::int]::text,
             case when g % 6 = 5 then 'aangenomen' else 'lopend' end, current_date + 365
      from generate_series(1::bigint, ${size}::bigint) g
      cross join lateral (select (g * 2654435761) % 100 as h, ((g * 40503) % 20)::int as oi) r
      join bench_org o on o.i = r.oi
      join bench_werk bw on bw.i = o.i
      cross join lateral (select bw.codes[(1 + (g * 7919) % cardinality(bw.codes))::int] as code) w
      join gemeente wg on wg.code = w.code
      join bench_corop c on c.corop_code = wg.corop_code
      join bench_prov p on p.provincie_code = wg.provincie_code
      cross join (select array_agg(code order by code) as codes from gemeente) a`.execute(db);
    result.generateSeconds = Math.round((performance.now() - started) / 100) / 10;
    started = performance.now();
    const columns = sql.join(CELL_COLUMNS.map((c) => sql.ref(c)));
    for (const table of ROLLUP_TABLES) {
      await sql`insert into ${sql.table(table)} (${columns}, aantal, verwijderd, sleutel_som)
        select ${columns}, c.n, 0, c.k from (${cellSelect(sql`sollicitatie`, sql`true`, sql`s.organisatie_code`, sql`s.is_demo`, table)}) c`.execute(db);
    }
    const organisations = (await sql<{ code: string }>`select code from bench_org order by i`.execute(db)).rows.map((r) => r.code);
    await db.transaction().execute(async (trx) => {
      for (const code of organisations) await refreshOrganisationCoarseRollups(trx, code);
      await refreshNationalRollups(trx);
    });
    await sql`analyze`.execute(db);
    result.rollupSeconds = Math.round((performance.now() - started) / 100) / 10;
    const count = async (table: string) => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);
    result.rows = {
      fine: await count('instroom_kwartaal'),
      perProvince: await count('instroom_kwartaal_per_provincie'),
      national: await count('instroom_kwartaal_rijk'),
    };
    log(`${size.toLocaleString('en')} applications generated in ${result.generateSeconds} s, rollups in ${result.rollupSeconds} s; cohort rollup rows: ${JSON.stringify(result.rows)}`);

    const largest = (await sql<{ organisatie_code: string }>`select organisatie_code from sollicitatie group by 1 order by count(*) desc limit 1`.execute(db)).rows[0]!.organisatie_code;
    const names = new Map(organisations.map((c) => [c, c]));
    result.organisation = await time(() => loadDashboardFigures(db, { organisations: [largest] }, { fase: 'sollicitatie', randstad: RANDSTAD }));
    result.allOrganisations = await time(() => loadDashboardFigures(db, {}, { fase: 'aangenomen', randstad: RANDSTAD }));
    result.nationalTables = await time(async () => {
      const league = await organisationLeague(db, {}, names, RANDSTAD);
      await Promise.all([measureTrend(db, {}, RANDSTAD), organisationOverview(db, {}, names, league)]);
    });
    // For comparison: the release's two cube queries on the fine rollup, as loadCube read them before migration 0115.
    result.fineCubeAllOrganisations = await time(() => Promise.all(ROLLUP_TABLES.map((table) => sql`
      select woon_provincie_code, werk_provincie_code, woon_corop_code = werk_corop_code, kwartaal, fase, sum(aantal), sum(sleutel_som) % ${sql.lit(KEY_MODULUS)}
      from ${sql.table(table)} where is_demo = false group by 1, 2, 3, 4, 5`.execute(db))));
    log(`one organisation (${largest}): ${JSON.stringify(result.organisation)}; all organisations: ${JSON.stringify(result.allOrganisations)}; /dashboard/rijk tables: ${JSON.stringify(result.nationalTables)}; fine-rollup cube queries (before): ${JSON.stringify(result.fineCubeAllOrganisations)}`);
  } finally {
    await database.close();
    await scratch.drop();
  }
  return result;
}

const environment = await benchEnvironment({ databaseUrl: SERVER });
const results = [];
for (const size of SIZES) results.push(await benchSize(size));
const goals = results.flatMap((r) => [
  goal(`one organisation's dashboard p95 ≤ ${GOAL_P95_MS} ms at ${r.applications.toLocaleString('en')} applications`, r.organisation.p95 <= GOAL_P95_MS, `${r.organisation.p95} ms`),
  goal(`all organisations' dashboard p95 ≤ ${GOAL_P95_MS} ms at ${r.applications.toLocaleString('en')} applications`, r.allOrganisations.p95 <= GOAL_P95_MS, `${r.allOrganisations.p95} ms`),
]);
const table = [
  describeEnvironment(environment),
  `cell-key release included; ${ROUNDS} rounds after one warm-up; skewed home/work distributions (see the top of bench/dashboard-bench.ts)`,
  '',
  '| applications | cohort rollup rows: fine / per organisation × province / national | one organisation p50/p95 ms | all organisations p50/p95 ms | /dashboard/rijk tables p50/p95 ms | fine-rollup cube queries, all organisations (before) p50/p95 ms | rollups built in |',
  '|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.applications.toLocaleString('en')} | ${r.rows.fine.toLocaleString('en')} / ${r.rows.perProvince.toLocaleString('en')} / ${r.rows.national.toLocaleString('en')} | ${r.organisation.p50} / ${r.organisation.p95} | ${r.allOrganisations.p50} / ${r.allOrganisations.p95} | ${r.nationalTables.p50} / ${r.nationalTables.p95} | ${r.fineCubeAllOrganisations.p50} / ${r.fineCubeAllOrganisations.p95} | ${r.rollupSeconds} s |`),
  '',
  ...goals,
].join('\n');
console.log(`\n${table}\n`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(ROOT, 'bench/results', `dashboards-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ environment, rounds: ROUNDS, results, goals, table }, null, 2));
console.log(`written ${file}`);
