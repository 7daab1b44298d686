import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { seedDemoInventory } from '../../../src/lib/inventory/demo-inventory.ts';
import { importInventory } from '../../../src/lib/inventory/import-inventory.ts';
import { publishSnapshot } from '../../../src/lib/inventory/snapshot-store.ts';
import { loadReferenceData } from '../../../src/lib/reference/load-reference-data.ts';
import { loadEmploymentReport } from '../../../src/lib/statistics/employment-queries.ts';
import { differenceWithOfficial, kamerstukCitation, loadOfficialFigures } from '../../../src/lib/statistics/official-series.ts';
import { loadNationalSeries } from '../../../src/lib/statistics/published-series.ts';
import { listReportVersions, parseVersionSegment } from '../../../src/lib/statistics/report-versions.ts';
import { createTestDatabase, testDatabaseKind } from '../../support/test-database.ts';

let database: Database;
const RANDSTAD = ['PV26', 'PV27', 'PV28'];

async function* csv(text: string): AsyncGenerator<string> {
  yield text;
}

async function importAndPublish(peildatum: string, body: string, revisieNotitie?: string): Promise<number> {
  const report = await importInventory(database.db, csv(`organisatie;sector;gemeente;fte\n${body}`), { peildatum, door: 'test', bron: `Opgave ${peildatum}`, revisieNotitie: revisieNotitie ?? null });
  if (!report.snapshot) throw new Error(JSON.stringify(report.issues));
  await publishSnapshot(database.db, report.snapshot.id, 'test');
  return report.snapshot.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoInventory(database.db);
});
afterAll(async () => database.close());

describe(`reference data by year on ${testDatabaseKind}`, () => {
  it('loads population on 1 January for 2020–2025 and labour force 2021–2023, idempotently', async () => {
    await loadReferenceData(database.db);
    const rows = await database.db.selectFrom('cbs_regiocijfer').select(['jaar', 'regio_code', 'bevolking', 'beroepsbevolking', 'cbs_tabel']).where('regio_code', '=', 'PV20').orderBy('jaar').orderBy('cbs_tabel').execute();
    const population = rows.filter((r) => r.cbs_tabel === '03759ned').map((r) => [r.jaar, r.bevolking]);
    expect(population).toEqual([[2020, 585866], [2021, 586937], [2022, 590170], [2023, expect.any(Number)], [2024, expect.any(Number)], [2025, expect.any(Number)]]);
    expect(rows.filter((r) => r.beroepsbevolking !== null).map((r) => [r.jaar, r.beroepsbevolking])).toEqual([[2021, 322000], [2022, 330000], [2023, 332000]]);
  });

  it('uses each peildatum its own population year, and the nearest earlier labour-force year', async () => {
    for (const jaar of [2021, 2022, 2023, 2024, 2025]) {
      const report = (await loadEmploymentReport(database.db, { peildatum: `${jaar}-01-01`, isDemo: true, randstadProvinces: RANDSTAD }))!;
      expect(report.provincies.every((r) => r.inwonersJaar === jaar)).toBe(true);
      expect(report.provincies.every((r) => r.beroepsbevolkingJaar === Math.min(jaar, 2023))).toBe(true);
    }
  });
});

describe(`official series on ${testDatabaseKind}`, () => {
  it('cites Kamerstukken, marks the derived 2023 total and stores the Randstad share of growth', async () => {
    const official = await loadOfficialFigures(database.db);
    expect(official.map((f) => [f.peildatum, f.maat, f.waarde, f.soort, f.kamerstuk])).toEqual([
      ['2021-01-01', 'fte_totaal', 311353, 'gerapporteerd', '31490-307'],
      ['2022-01-01', 'fte_totaal', 321396, 'gerapporteerd', '31490-321'],
      ['2023-01-01', 'fte_totaal', 336270, 'afgeleid', '31490-347'],
      ['2024-01-01', 'fte_totaal', 353797, 'gerapporteerd', '31490-347'],
      ['2024-01-01', 'randstad_aandeel_groei_pct', 74, 'gerapporteerd', '31490-347'],
    ]);
    expect(kamerstukCitation(official[3]!)).toBe('Kamerstuk 31490-347 van 25 oktober 2024');
    expect(kamerstukCitation(official[0]!)).toBe('Kamerstuk 31490-307');
    const series = await loadNationalSeries(database.db);
    expect(series.find((n) => n.peildatum === '2024-01-01')).toMatchObject({ fte: 353797, verschil: 17527, kamerstuk: 'Kamerstuk 31490-347 van 25 oktober 2024', randstadAandeelGroei: { waarde: 74 } });
    expect(series.every((n) => !n.bron.includes('1limburg'))).toBe(true);
  });

  it('gives the difference with the official figure for real inventories only', () => {
    const official = { peildatum: '2024-01-01', maat: 'fte_totaal' as const, waarde: 353797, soort: 'gerapporteerd' as const, kamerstuk: null, kamerstukDatum: null, bron: 'x', opmerking: null };
    expect(differenceWithOfficial(353_790.5, false, official)).toBe(-6.5);
    expect(differenceWithOfficial(353_797, true, official)).toBeNull();
    expect(differenceWithOfficial(1, false, null)).toBeNull();
  });
});

describe(`frozen report versions on ${testDatabaseKind}`, () => {
  it('keeps an earlier report version unchanged when the previous year is revised later', async () => {
    const v2023 = await importAndPublish('2023-01-01', 'duo;ministerie;GM0014;500');
    const v2024 = await importAndPublish('2024-01-01', 'duo;ministerie;GM0014;550');
    // A correction of 2023 published after the 2024 report.
    const v2023b = await importAndPublish('2023-01-01', 'duo;ministerie;GM0014;520', 'Correctie: 20 fte DUO ontbraken');
    const frozen = (await loadEmploymentReport(database.db, { peildatum: '2024-01-01', snapshotId: v2024 }))!;
    expect(frozen.vorigeSnapshot?.id).toBe(v2023);
    expect(frozen.nationaal.verschil).toBe(50);
    // The live figures compare with the newest 2023.
    const live = (await loadEmploymentReport(database.db, { peildatum: '2024-01-01' }))!;
    expect(live.vorigeSnapshot?.id).toBe(v2023b);
    expect(live.nationaal.verschil).toBe(30);
    // A new 2024 version compares with the corrected 2023, and becomes the newest.
    const v2024b = await importAndPublish('2024-01-01', 'duo;ministerie;GM0014;551', 'Correctie: 1 fte');
    expect((await loadEmploymentReport(database.db, { peildatum: '2024-01-01', snapshotId: v2024b }))!.vorigeSnapshot?.id).toBe(v2023b);
    const versions = await listReportVersions(database.db, 2024);
    expect(versions.map((v) => [v.isDemo, v.nieuwste, v.pad])).toEqual([
      [true, false, expect.stringMatching(/^\/cijfers\/rapportage\/2024\/snapshot-\d+$/)],
      [false, false, `/cijfers/rapportage/2024/snapshot-${v2024}`],
      [false, true, `/cijfers/rapportage/2024/snapshot-${v2024b}`],
    ]);
    expect(versions[2]!.revisieNotitie).toBe('Correctie: 1 fte');
    // A version of another year is not this year's report.
    expect(await loadEmploymentReport(database.db, { peildatum: '2024-01-01', snapshotId: v2023 })).toBeNull();
  });

  it('reads only well-formed version segments', () => {
    expect(parseVersionSegment('snapshot-17')).toBe(17);
    expect(parseVersionSegment('snapshot-017')).toBeNull();
    expect(parseVersionSegment('17')).toBeNull();
    expect(parseVersionSegment(undefined)).toBeNull();
  });
});
