import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_MODULUS, recordKey } from '../../../src/lib/disclosure/cell-key/index.ts';
import type { Database } from '../../../src/lib/db/database.ts';
import { loadDashboardFigures } from '../../../src/lib/intake/dashboard-data.ts';
import { refreshIntakeRollupNow } from '../../../src/lib/intake/intake-rollup.ts';
import { publicIntakeFigures } from '../../../src/lib/intake/public-intake.ts';
import { runRetention } from '../../../src/lib/intake/retention.ts';
import { importCsv, TINY_HEADER } from '../../support/intake-fixtures.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

const NOW = new Date('2026-11-29T12:00:00Z');
const RANDSTAD = ['PV26', 'PV27', 'PV28'];
const POSTCODES = ['9711', '9711', '8911', '2511', '2511', '1011', '3011', '3511', '6811', ''];
const STAGES = ['sollicitatie', 'sollicitatie', 'sollicitatie', 'gesprek', 'gesprek', 'aanbod', 'aangenomen'];
let database: Database;

/** 420 applications over two vacancies, ten home areas and four stages, none with consent (4 weeks' retention). */
function csv(prefix: string): string {
  const rows = [TINY_HEADER];
  for (let i = 0; i < 420; i++) {
    const fase = STAGES[(i * 7 + (i >> 3)) % STAGES.length]!;
    const uitkomst = fase === 'aangenomen' ? '' : 'afgewezen';
    rows.push(`${prefix}${i},V-${1 + (i % 2)},2026-11-${String(1 + (i % 28)).padStart(2, '0')},${POSTCODES[(i * 3) % POSTCODES.length]},${fase},${uitkomst},nee`);
  }
  return rows.join('\n');
}

beforeAll(async () => {
  database = await createTestDatabase();
  await publish(database.db, 'duo', [
    vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'], vakgebied: 'ict' }),
    vacancyInput({ kenmerk: 'V-2', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch' }),
  ]);
  await importCsv(database.db, 'duo', csv('a'), { now: NOW });
}, 240_000);
afterAll(async () => database.close());

const figures = (dataset: 'echt' | 'voorbeeld' = 'echt') => loadDashboardFigures(database.db, { organisations: ['duo'] }, { fase: 'aangenomen', randstad: RANDSTAD, dataset });

describe('record keys and key sums in the database', () => {
  it('stores for every application the record key derived from its pseudonym and vacancy', async () => {
    const rows = await database.db.selectFrom('sollicitatie').select(['sollicitant_sleutel', 'vacature_sleutel', 'record_sleutel']).execute();
    expect(rows).toHaveLength(420);
    for (const r of rows) expect(r.record_sleutel).toBe(recordKey(r.sollicitant_sleutel, r.vacature_sleutel));
  });

  it('keeps in both rollups, per stage, the sum of the record keys modulo 2^32', async () => {
    const micro = await sql<{ fase: string; k: number }>`
      select st.fase, (sum(s.record_sleutel) % 4294967296)::bigint as k from sollicitatie s
      join (values ('sollicitatie', 0), ('gesprek', 1), ('aanbod', 2), ('aangenomen', 3)) as st(fase, rang)
        on st.rang <= case s.fase when 'sollicitatie' then 0 when 'gesprek' then 1 when 'aanbod' then 2 else 3 end
      group by st.fase`.execute(database.db);
    const rollup = await sql<{ fase: string; k: number }>`select fase, (sum(sleutel_som) % 4294967296)::bigint as k from instroom_kwartaal group by fase`.execute(database.db);
    const byFase = (rows: { fase: string; k: number }[]) => Object.fromEntries(rows.map((r) => [r.fase, Number(r.k) % KEY_MODULUS]));
    expect(byFase(rollup.rows)).toEqual(byFase(micro.rows));
    const activity = await sql<{ k: number }>`select (sum(sleutel_som) % 4294967296)::bigint as k from instroom_activiteit_kwartaal where fase = 'sollicitatie'`.execute(database.db);
    expect(Number(activity.rows[0]!.k)).toBe(byFase(micro.rows).sollicitatie);
  });
});

describe('the release from the database', () => {
  it('gives the same cell the same published value in the dashboard, the public figures and the activity table', async () => {
    const release = await figures();
    expect(release.hasData).toBe(true);
    const open = await publicIntakeFigures(database.db, { jaar: 2026, organisations: ['duo'], voorbeeldgegevens: false, randstad: RANDSTAD });
    expect(open.trechter.regels.map((r) => r.sollicitatie.tekst)).toEqual([...release.funnel.rows, release.funnel.total].map((r) => r.reached.sollicitatie.display));
    // Applications received in the period are the same records as the cohort's applicants.
    expect(release.activity.columnTotals[0]!.display).toBe(release.funnel.total.reached.sollicitatie.display);
    expect(open.dekking.organisaties.map((o) => [o.code, o.kwartalen])).toEqual([['duo', ['2026-Q4']]]);
    // No count below 10 is shown as a number.
    const counts = [...release.funnel.rows, release.funnel.total].flatMap((r) => Object.values(r.reached));
    expect(counts.every((c) => c.kind !== 'value' || c.value >= 10)).toBe(true);
    expect(counts.some((c) => c.kind === 'value')).toBe(true);
  });

  it('publishes exactly the same release after retention deleted all microdata', async () => {
    const before = await figures();
    const result = await runRetention(database.db, { now: new Date('2027-06-30T12:00:00Z') });
    expect(result.deleted).toBe(420);
    expect(await figures()).toEqual(before);
  });

  it('never sums demo and real data: real by default, demo only when asked, each on its own', async () => {
    const real = await figures();
    await publish(database.db, 'bz', [
      vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'], vakgebied: 'ict' }),
      vacancyInput({ kenmerk: 'V-2', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch' }),
    ]);
    await importCsv(database.db, 'bz', csv('b'), { now: NOW });
    await sql`update sollicitatie set is_demo = true where organisatie_code = 'bz'`.execute(database.db);
    await refreshIntakeRollupNow(database.db, 'bz');
    const all = (dataset: 'echt' | 'voorbeeld') => loadDashboardFigures(database.db, {}, { fase: 'aangenomen', randstad: RANDSTAD, dataset });
    // All organisations, real: only DUO's (now retained) figures — the same cells as before.
    expect((await all('echt')).funnel.total).toEqual(real.funnel.total);
    const demo = await all('voorbeeld');
    expect(demo.dataset).toBe('voorbeeld');
    expect(demo.containsDemo).toBe(true);
    expect(demo.funnel.total.published.sollicitatie).toBeLessThanOrEqual(420 + 3);
    expect(demo.funnel.total.published.sollicitatie).toBeGreaterThanOrEqual(420 - 3);
    // Only demo data for BZ: the real view says there is nothing, instead of showing demo figures.
    const ibdReal = await loadDashboardFigures(database.db, { organisations: ['bz'] }, { fase: 'aangenomen', randstad: RANDSTAD });
    expect(ibdReal.hasData).toBe(false);
  });
});
