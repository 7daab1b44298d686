import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/lib/bootstrap/seed-demo-data.ts';
import type { Database } from '../../../src/lib/db/database.ts';
import { seedDemoApplications } from '../../../src/lib/intake/demo-applications.ts';
import { loadCube } from '../../../src/lib/intake/intake-cube.ts';
import type { IntakeFilter } from '../../../src/lib/intake/intake-filter.ts';
import { COARSE_ROLLUPS, ROLLUP_TABLES } from '../../../src/lib/intake/intake-rollup.ts';
import { runRetention } from '../../../src/lib/intake/retention.ts';
import { importCsv, TEST_SECRET, TINY_DUO } from '../../support/intake-fixtures.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

// The dashboards read the coarse rollups (per organisation × province, and national). Their promise: every cell is the
// exact sum of the fine cells it covers, after imports, re-imports, a history load, demo data and retention — so every
// published figure is the one the fine rollup would give. Checked here against sums of the fine rollup done in SQL.

const NOW = new Date('2026-11-29T12:00:00Z');
let database: Database;

/** A coarse rollup as sorted text rows. */
async function coarseRows(table: string): Promise<string[]> {
  const rows = await sql<{ t: string }>`
    select concat_ws('|', ${table.endsWith('_rijk') ? sql`'*'` : sql`organisatie_code`}, kwartaal, woon_provincie_code, werk_provincie_code, zelfde_corop, vakgebied, opleidingsniveau, fase, is_demo, aantal, sleutel_som) as t
    from ${sql.table(table)} order by 1`.execute(database.db);
  return rows.rows.map((r) => r.t);
}

/** The same rows summed from the fine rollup, per organisation or for all together. */
async function expectedRows(fine: string, national: boolean): Promise<string[]> {
  const org = national ? sql`'*'` : sql`organisatie_code`;
  const rows = await sql<{ t: string }>`
    select concat_ws('|', o, kwartaal, woon_provincie_code, werk_provincie_code, zc, vakgebied, opleidingsniveau, fase, is_demo, n, k) as t from (
      select ${org} as o, kwartaal, woon_provincie_code, werk_provincie_code, woon_corop_code = werk_corop_code as zc, vakgebied, opleidingsniveau, fase, is_demo,
             sum(aantal) as n, sum(sleutel_som) % 4294967296 as k
      from ${sql.table(fine)} group by 1, 2, 3, 4, 5, 6, 7, 8, 9) g
    order by 1`.execute(database.db);
  return rows.rows.map((r) => r.t);
}

async function expectInStep(): Promise<void> {
  for (const fine of ROLLUP_TABLES) {
    const { perProvince, national } = COARSE_ROLLUPS[fine];
    const expectedPerProvince = await expectedRows(fine, false);
    expect(expectedPerProvince.length).toBeGreaterThan(0);
    expect(await coarseRows(perProvince), perProvince).toEqual(expectedPerProvince);
    expect(await coarseRows(national), national).toEqual(await expectedRows(fine, true));
  }
}

/** The cube the release is built from, grouped straight from the fine rollup (what loadCube returned before 0115). */
async function fineCube(filter: IntakeFilter, table: 'instroom_kwartaal' | 'instroom_activiteit_kwartaal') {
  let q = database.db.selectFrom(table as 'instroom_kwartaal')
    .select(['woon_provincie_code', 'werk_provincie_code', sql<boolean>`woon_corop_code = werk_corop_code`.as('same'), 'kwartaal', 'fase', sql<number>`sum(aantal)`.as('n'), sql<number>`sum(sleutel_som) % 4294967296`.as('k')])
    .groupBy(['woon_provincie_code', 'werk_provincie_code', sql`woon_corop_code = werk_corop_code`, 'kwartaal', 'fase']);
  if (filter.organisations) q = q.where('organisatie_code', 'in', [...filter.organisations]);
  if (filter.fromQuarter) q = q.where('kwartaal', '>=', filter.fromQuarter);
  if (filter.workProvinces) q = q.where('werk_provincie_code', 'in', [...filter.workProvinces]);
  if (filter.demo === 'only') q = q.where('is_demo', '=', true);
  if (filter.demo === 'exclude') q = q.where('is_demo', '=', false);
  const rows = await q.execute();
  return rows.map((r) => `${r.woon_provincie_code}|${r.werk_provincie_code}|${r.same}|${r.kwartaal}|${r.fase}|${Number(r.n)}|${Number(r.k)}`).sort();
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db, { log: () => undefined, count: 300, today: '2026-11-29' });
  await publish(database.db, 'duo', [
    vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'], vakgebied: 'ict' }),
    vacancyInput({ kenmerk: 'V-2', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch' }),
  ]);
});
afterAll(async () => database.close());

describe('coarse intake rollups', () => {
  it('hold the exact sums of the fine cells after demo data and real imports of two organisations', async () => {
    await seedDemoApplications(database.db, { secret: TEST_SECRET, now: NOW });
    await importCsv(database.db, 'duo', TINY_DUO, { now: NOW });
    await importCsv(database.db, 'uwv', TINY_DUO.replaceAll('V-1', 'EXT-1').replaceAll('V-2', 'EXT-2'), { now: NOW });
    await expectInStep();
  });

  it('stay in step when a re-import changes stages and drops a row, and when retention moves rows to the removed counts', async () => {
    const changed = TINY_DUO.replace('d3,V-1,2026-11-03,9401,gesprek,afgewezen,nee', 'd3,V-1,2026-11-03,9401,aangenomen,,nee').split('\n').filter((line) => !line.startsWith('d6,')).join('\n');
    await importCsv(database.db, 'duo', changed, { now: NOW });
    await expectInStep();
    const retained = await runRetention(database.db, { now: new Date('2029-01-01T12:00:00Z') });
    expect(retained.deleted).toBeGreaterThan(0);
    await expectInStep();
  });

  it('give the release the same cube as the fine rollup, for one organisation, all organisations and narrower filters', async () => {
    const filters: IntakeFilter[] = [
      { organisations: ['duo'], demo: 'exclude' },
      { demo: 'exclude' },
      { demo: 'only' },
      { organisations: ['duo', 'uwv'], fromQuarter: '2026-Q4', demo: 'exclude' },
      { workProvinces: ['PV28'], demo: 'only' },
    ];
    for (const filter of filters) {
      for (const table of ROLLUP_TABLES) {
        const coarse = (await loadCube(database.db, filter, table)).map((r) => `${r.woon}|${r.werk}|${r.sameCorop}|${r.kwartaal}|${r.fase}|${r.n}|${r.k}`).sort();
        expect(coarse, `${JSON.stringify(filter)} ${table}`).toEqual(await fineCube(filter, table));
      }
    }
  });
});
