import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { DEMO_PEILDATA, generateDemoInventory, loadDemoInventoryInput, seedDemoInventory } from '../../../src/lib/inventory/demo-inventory.ts';
import { inventoryContentHash } from '../../../src/lib/inventory/inventory-row.ts';
import { buildEmploymentReport } from '../../../src/lib/statistics/employment-report.ts';
import { loadCbsFigures, loadEmploymentReport, loadEmploymentRows, loadProvinceSeries } from '../../../src/lib/statistics/employment-queries.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

/** Sums in the database itself (numeric, exact), keyed "peildatum|region|sector". */
async function databaseSums(): Promise<Map<string, number>> {
  const result = await sql<{ peildatum: string; provincie_code: string; sector: string; fte: number }>`
    select s.peildatum, r.provincie_code, r.sector, sum(r.fte) as fte
    from formatie_regel r join formatie_snapshot s on s.id = r.snapshot_id
    group by grouping sets ((s.peildatum), (s.peildatum, r.provincie_code), (s.peildatum, r.provincie_code, r.sector))`.execute(database.db);
  const sums = new Map<string, number>();
  for (const r of result.rows) sums.set(`${r.peildatum}|${r.provincie_code ?? 'NL01'}|${r.sector ?? 'totaal'}`, Number(r.fte));
  return sums;
}

describe(`demo inventory on ${testDatabaseKind}`, () => {
  it('seeds five published, labelled demo snapshots, once', async () => {
    const result = await seedDemoInventory(database.db);
    expect(result.seeded).toBe(true);
    expect(result.snapshots.map((s) => [s.peildatum, s.totalFte])).toEqual([
      ['2021-01-01', 311353],
      ['2022-01-01', 321396],
      ['2023-01-01', 336270],
      ['2024-01-01', 353797],
      ['2025-01-01', 364411],
    ]);
    const snapshots = await database.db.selectFrom('formatie_snapshot').select(['peildatum', 'versie', 'status', 'is_demo', 'bron']).orderBy('peildatum').execute();
    expect(snapshots).toEqual(DEMO_PEILDATA.map((peildatum) => ({ peildatum, versie: 1, status: 'gepubliceerd', is_demo: true, bron: 'voorbeeldgegevens' })));
    expect(await seedDemoInventory(database.db)).toEqual({ seeded: false, snapshots: [] });
    expect(await database.db.selectFrom('formatie_snapshot').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 5 });
  });

  it('meets every published national total for 2021–2024 exactly', async () => {
    const sums = await databaseSums();
    const published = await database.db.selectFrom('rijkswerkgelegenheid_gepubliceerd').select(['peildatum', 'fte']).where('regio_code', '=', 'NL01').where('sector', '=', 'totaal').orderBy('peildatum').execute();
    expect(published.map((p) => p.peildatum)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01']);
    for (const p of published) expect(sums.get(`${p.peildatum}|NL01|totaal`)).toBe(p.fte);
    expect([311353, 321396, 336270, 353797].map((_fte, i) => sums.get(`${2021 + i}-01-01|NL01|totaal`))).toEqual([311353, 321396, 336270, 353797]);
  });

  it('meets every published province figure in range exactly, Limburg 2023 per sector too', async () => {
    const sums = await databaseSums();
    expect(sums.get('2022-01-01|PV22|totaal')).toBe(7944);
    expect(sums.get('2022-01-01|PV22|defensie')).toBe(2976);
    expect(sums.get('2022-01-01|PV21|totaal')).toBe(6700);
    expect(sums.get('2023-01-01|PV31|totaal')).toBe(12691);
    expect(['defensie', 'dji', 'politie', 'rechtspraak', 'ministerie', 'zbo'].map((s) => sums.get(`2023-01-01|PV31|${s}`))).toEqual([1599, 883, 3362, 789, 3248, 2810]);
    // Generic: every published province row whose peildatum is generated.
    const published = await database.db.selectFrom('rijkswerkgelegenheid_gepubliceerd').selectAll().where('regio_code', 'like', 'PV%').execute();
    const inRange = published.filter((p) => (DEMO_PEILDATA as readonly string[]).includes(p.peildatum));
    expect(inRange.length).toBe(10);
    for (const p of inRange) expect(sums.get(`${p.peildatum}|${p.regio_code}|${p.sector === 'ministeries' ? 'ministerie' : p.sector}`)).toBe(p.fte);
    // BZK's "ruim 131.000" ministry fte in 2024 is a lower bound the demo respects.
    expect(sums.get('2024-01-01|NL01|totaal')).toBe(353797);
    const ministries2024 = [...sums].filter(([k]) => k.startsWith('2024-01-01|PV') && k.endsWith('|ministerie')).reduce((a, [, v]) => a + v, 0);
    expect(ministries2024).toBeGreaterThanOrEqual(131000);
  });

  it('stores fte with 0.1 precision, positive, for known organisations and municipalities', async () => {
    const rows = await database.db.selectFrom('formatie_regel').select(['fte', 'gemeente_code']).execute();
    expect(rows.every((r) => r.fte > 0 && Number.isInteger(Math.round(r.fte * 10)) && Math.abs(r.fte * 10 - Math.round(r.fte * 10)) < 1e-9 && r.gemeente_code !== null)).toBe(true);
  });

  it('is deterministic: the generator gives the same rows every time, matching the stored hashes', async () => {
    const input = await loadDemoInventoryInput(database.db);
    const first = generateDemoInventory(input);
    const second = generateDemoInventory({ ...input, vestigingen: [...input.vestigingen].reverse(), organisations: [...input.organisations].reverse() });
    expect(second).toEqual(first);
    const stored = await database.db.selectFrom('formatie_snapshot').select(['peildatum', 'inhoud_hash']).orderBy('peildatum').execute();
    expect(stored).toEqual(first.map((s) => ({ peildatum: s.peildatum, inhoud_hash: inventoryContentHash(s.rows) })));
  });

  it('gives byte-identical report JSON for the same snapshot, whatever the row order', async () => {
    const a = JSON.stringify(await loadEmploymentReport(database.db, { peildatum: '2024-01-01' }));
    const b = JSON.stringify(await loadEmploymentReport(database.db, { peildatum: '2024-01-01' }));
    expect(a).toBe(b);
    const report = JSON.parse(a);
    expect(report.snapshot).toMatchObject({ peildatum: '2024-01-01', versie: 1, isDemo: true, bron: 'voorbeeldgegevens' });
    expect(report.nationaal).toMatchObject({ regioCode: 'NL01', fte: 353797, vorigeFte: 336270, verschil: 17527, verschilPct: 5.2, inwonersJaar: 2024, beroepsbevolkingJaar: 2023 });
    expect(report.provincies).toHaveLength(12);
    expect(report.corop.regions).toHaveLength(40);
    expect(report.groei.nationaalVerschil).toBe(17527);

    const rows = await loadEmploymentRows(database.db, report.snapshot.id);
    const previous = await loadEmploymentRows(database.db, report.vorigeSnapshot.id);
    const codes = { provinceCodes: report.provincies.map((p: { regioCode: string }) => p.regioCode), coropCodes: report.corop.regions.map((c: { regioCode: string }) => c.regioCode) };
    const cbs = await loadCbsFigures(database.db);
    const build = (r: typeof rows, p: typeof rows) => JSON.stringify(buildEmploymentReport({ peildatum: '2024-01-01', rows: r, previous: { peildatum: '2023-01-01', rows: p }, cbs, ...codes }));
    expect(build([...rows].reverse(), [...previous].reverse())).toBe(build(rows, previous));
  });

  it('gives a province series over all published peildata', async () => {
    const series = await loadProvinceSeries(database.db);
    expect(series.peildata).toEqual([...DEMO_PEILDATA]);
    expect(series.regions.find((r) => r.regioCode === 'PV31')?.fte[2]).toBe(12691);
    expect(series.regions.find((r) => r.regioCode === 'PV22')?.fte[1]).toBe(7944);
    const limburgPolitie = await loadProvinceSeries(database.db, { sector: 'politie' });
    expect(limburgPolitie.regions.find((r) => r.regioCode === 'PV31')?.fte[2]).toBe(3362);
  });
});
