import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { seedDemoInventory } from '../../../src/lib/inventory/demo-inventory.ts';
import { importInventory } from '../../../src/lib/inventory/import-inventory.ts';
import { publishSnapshot } from '../../../src/lib/inventory/snapshot-store.ts';
import { employmentJson } from '../../../src/lib/statistics/employment-json.ts';
import { loadEmploymentReport, loadProvinceSeries } from '../../../src/lib/statistics/employment-queries.ts';
import { figuresCsv } from '../../../src/lib/statistics/figures-csv.ts';
import { loadFiguresPageData } from '../../../src/lib/statistics/figures-page-data.ts';
import { figuresParamsSchema } from '../../../src/lib/statistics/figures-params.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;
let realId = 0;
const names = { provinces: new Map<string, string>(), corop: new Map<string, string>() };
const RANDSTAD = ['PV26', 'PV27', 'PV28'];

async function* csv(text: string): AsyncGenerator<string> {
  yield text;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoInventory(database.db);
  // One REAL inventory for 2025 among the demo years 2021–2025: 1,000 fte.
  const report = await importInventory(database.db, csv('organisatie;sector;gemeente;fte\nduo;ministerie;GM0014;600\nrvo;ministerie;GM0344;400\n'), { peildatum: '2025-01-01', door: 'test', bron: 'Opgave 2025 (test)' });
  realId = report.snapshot!.id;
  await publishSnapshot(database.db, realId, 'test');
  for (const p of await database.db.selectFrom('provincie').select(['code', 'naam']).execute()) names.provinces.set(p.code, p.naam);
});
afterAll(async () => database.close());

describe(`one kind of data per figure on ${testDatabaseKind}`, () => {
  it('compares the real 2025 inventory with nothing rather than with the demo 2024', async () => {
    const report = (await loadEmploymentReport(database.db, { peildatum: '2025-01-01', randstadProvinces: RANDSTAD }))!;
    expect(report.snapshot).toMatchObject({ id: realId, isDemo: false });
    expect(report.vorigeSnapshot).toBeNull();
    expect(report.nationaal).toMatchObject({ fte: 1000, vorigeFte: null, verschil: null, verschilPct: null });
    expect(report.voorbeeldgegevens).toBe(false);
    expect(report.groei).toBeNull();
  });

  it('keeps comparing demo 2024 with demo 2023, labelled', async () => {
    const report = (await loadEmploymentReport(database.db, { peildatum: '2024-01-01', randstadProvinces: RANDSTAD }))!;
    expect(report.snapshot.isDemo).toBe(true);
    expect(report.vorigeSnapshot?.isDemo).toBe(true);
    expect(report.nationaal).toMatchObject({ fte: 353797, verschil: 17527 });
    expect(report.voorbeeldgegevens).toBe(true);
  });

  it('builds a series of one kind: the real one has only 2025, the demo one 2021–2025', async () => {
    const real = await loadProvinceSeries(database.db);
    expect(real.peildata).toEqual(['2025-01-01']);
    expect(real.voorbeeldgegevens).toBe(false);
    expect(real.regions.reduce((sum, r) => sum + (r.fte[0] ?? 0), 0)).toBe(1000);
    const demo = await loadProvinceSeries(database.db, { isDemo: true });
    expect(demo.peildata).toEqual(['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01']);
    expect(demo.snapshots.every((s) => s.isDemo)).toBe(true);
    expect(demo.voorbeeldgegevens).toBe(true);
  });

  it('shows the page for 2025 with the real series only and no demo label', async () => {
    const data = await loadFiguresPageData(database.db, figuresParamsSchema.parse({ jaar: 2025 }), names, RANDSTAD);
    expect(data.report?.snapshot.id).toBe(realId);
    expect(data.series.peildata).toEqual(['2025-01-01']);
    expect(data.voorbeeldgegevens).toBe(false);
    expect(data.demoYears).toEqual([2021, 2022, 2023, 2024]);
    expect(data.rows.every((r) => r.verschil === null)).toBe(true);
  });

  it('labels the page for 2024 as demo and keeps the real 2025 out of its trend', async () => {
    const data = await loadFiguresPageData(database.db, figuresParamsSchema.parse({ jaar: 2024 }), names, RANDSTAD);
    expect(data.voorbeeldgegevens).toBe(true);
    expect(data.series.snapshots.map((s) => s.id)).not.toContain(realId);
    const national = data.series.peildata.map((_, i) => Math.round(data.series.regions.reduce((sum, r) => sum + (r.fte[i] ?? 0), 0)));
    expect(national).toEqual([311353, 321396, 336270, 353797, 364411]);
  });

  it('writes the CSV for 2025 without a change against demo data, marked not demo', async () => {
    const data = await loadFiguresPageData(database.db, figuresParamsSchema.parse({ jaar: 2025 }), names, RANDSTAD);
    const lines = figuresCsv(data, undefined).replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0]!.split(';');
    const groningen = lines.find((l) => l.includes(';PV20;'))!.split(';');
    expect(groningen[header.indexOf('fte')]).toBe('600');
    expect(groningen[header.indexOf('verschil_fte')]).toBe('');
    expect(groningen[header.indexOf('vorige_snapshot_id')]).toBe('');
    expect(groningen[header.indexOf('voorbeeldgegevens')]).toBe('nee');
  });

  it('answers the API for 2025 from the real snapshot only', async () => {
    const report = (await loadEmploymentReport(database.db, { peildatum: '2025-01-01', randstadProvinces: RANDSTAD }))!;
    const json = employmentJson(report, 'provincie', names.provinces, null);
    expect(json.bron).toMatchObject({ snapshotId: realId, voorbeeldgegevens: false, vorigeSnapshotId: null });
    expect(json.nationaal).toEqual({ fte: 1000, verschilFte: null, verschilPct: null });
  });
});
