import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { intakeFunnel } from '../../../src/lib/intake/funnel-query.ts';
import { localIntakeShare } from '../../../src/lib/intake/local-intake-share.ts';
import { originMatrix } from '../../../src/lib/intake/origin-matrix.ts';
import { quarterlyTrend } from '../../../src/lib/intake/quarterly-trend.ts';
import { randstadSplit } from '../../../src/lib/intake/randstad-split.ts';
import { representationIndex } from '../../../src/lib/intake/representation-index.ts';
import { selectionRates } from '../../../src/lib/intake/selection-rate.ts';
import { importCsv, TINY_DUO, TINY_HEADER as HEADER } from '../../support/intake-fixtures.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

const NOW = new Date('2026-11-29T12:00:00Z');


let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  await publish(database.db, 'duo', [
    vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'], vakgebied: 'ict' }),
    vacancyInput({ kenmerk: 'V-2', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch' }),
  ]);
  await publish(database.db, 'uwv', [vacancyInput({ kenmerk: 'U-1', standplaatsen: ['Groningen'] })]);
  const duo = await importCsv(database.db, 'duo', TINY_DUO, { now: NOW });
  const uwv = await importCsv(database.db, 'uwv', `${HEADER}\nu1,U-1,2026-10-10,9711,gesprek,lopend,nee\n`, { now: NOW });
  expect([duo.accepted, duo.rejected, uwv.accepted]).toEqual([8, 0, 1]);
});
afterAll(async () => database.close());

const nonZero = (rows: { region: { code: string }; counts: Record<string, number> }[]) =>
  Object.fromEntries(rows.filter((r) => r.counts.sollicitatie! > 0).map((r) => [r.region.code, Object.values(r.counts)]));

describe('intake funnel', () => {
  it('counts per home province the applications that reached each stage', async () => {
    const funnel = await intakeFunnel(database.db, { organisations: ['duo'] });
    expect(nonZero(funnel.rows)).toEqual({
      PV20: [2, 1, 1, 1],
      PV21: [1, 1, 1, 0],
      PV22: [1, 1, 0, 0],
      PV27: [1, 1, 0, 0],
      PV28: [2, 2, 2, 2],
      onbekend: [1, 0, 0, 0],
    });
    expect(funnel.total.counts).toEqual({ sollicitatie: 8, gesprek: 6, aanbod: 4, aangenomen: 3 });
    expect(funnel.total.rates.aangenomen.estimate).toBe(3 / 8);
    expect(funnel.containsDemo).toBe(false);
  });

  it('filters by organisation scope, quarter, work province and field', async () => {
    expect((await intakeFunnel(database.db, {})).total.counts.sollicitatie).toBe(9);
    expect((await intakeFunnel(database.db, { organisations: [] })).total.counts.sollicitatie).toBe(0);
    expect((await intakeFunnel(database.db, { organisations: ['duo'], fromQuarter: '2026-Q4' })).total.counts).toEqual({ sollicitatie: 7, gesprek: 6, aanbod: 4, aangenomen: 3 });
    expect((await intakeFunnel(database.db, { organisations: ['duo'], toQuarter: '2026-Q3' })).total.counts).toEqual({ sollicitatie: 1, gesprek: 0, aanbod: 0, aangenomen: 0 });
    expect((await intakeFunnel(database.db, { workProvinces: ['PV20'] })).total.counts).toEqual({ sollicitatie: 5, gesprek: 4, aanbod: 2, aangenomen: 1 });
    expect((await intakeFunnel(database.db, { fields: ['juridisch'] })).total.counts).toEqual({ sollicitatie: 4, gesprek: 3, aanbod: 2, aangenomen: 2 });
    expect((await intakeFunnel(database.db, { demo: 'only' })).total.counts.sollicitatie).toBe(0);
    await expect(intakeFunnel(database.db, { fromQuarter: '2026-4' })).rejects.toThrow(RangeError);
  });
});

describe('origin matrix, local intake and Randstad split', () => {
  it('crosses home province (with onbekend) and work province', async () => {
    const m = await originMatrix(database.db, { organisations: ['duo'] }, 'sollicitatie');
    const cells: Record<string, number> = {};
    m.counts.forEach((row, i) => row.forEach((n, j) => { if (n > 0) cells[`${m.rows[i]!.code}>${m.columns[j]!.code}`] = n; }));
    expect(cells).toEqual({ 'PV20>PV20': 1, 'PV20>PV28': 1, 'PV21>PV20': 1, 'PV22>PV20': 1, 'PV27>PV28': 1, 'PV28>PV28': 2, 'onbekend>PV20': 1 });
    expect(m.rows.at(-1)).toEqual({ code: 'onbekend', naam: 'Onbekend' });
    expect(m.columnTotals.filter((n) => n > 0)).toEqual([4, 4]);
    expect(m.total).toBe(8);
    const hires = await originMatrix(database.db, { organisations: ['duo'] }, 'aangenomen');
    expect(hires.total).toBe(3);
  });

  it('gives the share of hires from the same province and the same COROP region', async () => {
    const local = await localIntakeShare(database.db, { organisations: ['duo'] });
    const pick = (code: string) => {
      const r = local.rows.find((row) => row.region.code === code)!;
      return [r.total, r.sameProvince, r.sameCorop, r.unknownHome];
    };
    expect(pick('PV20')).toEqual([1, 1, 1, 0]);
    expect(pick('PV28')).toEqual([2, 2, 1, 0]);
    expect([local.total.total, local.total.sameProvince, local.total.sameCorop]).toEqual([3, 3, 2]);
    expect(local.total.shareSameCorop.estimate).toBe(2 / 3);
    const applicants = await localIntakeShare(database.db, { organisations: ['duo'] }, 'sollicitatie');
    expect([applicants.total.total, applicants.total.sameProvince, applicants.total.unknownHome]).toEqual([8, 3, 1]);
  });

  it('splits Randstad and the rest by home and work, with a configurable Randstad', async () => {
    const split = await randstadSplit(database.db, { organisations: ['duo'] });
    expect(split.stages.sollicitatie).toEqual({ randstad: { randstad: 3, rest: 0 }, rest: { randstad: 1, rest: 3 }, onbekend: { randstad: 0, rest: 1 } });
    expect(split.stages.aangenomen).toEqual({ randstad: { randstad: 2, rest: 0 }, rest: { randstad: 0, rest: 1 }, onbekend: { randstad: 0, rest: 0 } });
    const onlyGroningen = await randstadSplit(database.db, { organisations: ['duo'] }, { randstad: ['PV20'] });
    expect(onlyGroningen.stages.sollicitatie).toEqual({ randstad: { randstad: 1, rest: 1 }, rest: { randstad: 2, rest: 3 }, onbekend: { randstad: 1, rest: 0 } });
  });
});

describe('representation, selection rates and trend', () => {
  it('divides province shares of applicants and hires by labour-force shares of the latest CBS year', async () => {
    const r = await representationIndex(database.db, { organisations: ['duo'] });
    expect(r.labourForceYear).toBe(2023);
    expect(r.totals).toEqual({ applicants: 7, hires: 3, labourForce: 10_096_000 });
    expect(r.unknown).toEqual({ applicants: 1, hires: 0 });
    const groningen = r.rows.find((row) => row.region.code === 'PV20')!;
    expect(groningen.applicantIndex).toBeCloseTo(2 / 7 / (332_000 / 10_096_000), 12);
    expect(groningen.hireIndex).toBeCloseTo(1 / 3 / (332_000 / 10_096_000), 12);
    expect(r.rows.find((row) => row.region.code === 'PV31')!.applicantIndex).toBe(0);
  });

  it('has too few observations to judge anything in a tiny dataset', async () => {
    const { stages } = await selectionRates(database.db, { organisations: ['duo'] });
    expect(stages.map((s) => s.fase)).toEqual(['gesprek', 'aanbod', 'aangenomen']);
    for (const stage of stages) {
      expect(stage.reference).toBeNull();
      expect(new Set(stage.groups.map((g) => g.verdict))).toEqual(new Set(['te-weinig-waarnemingen']));
    }
  });

  it('lists every quarter of the range, also empty ones', async () => {
    const trend = await quarterlyTrend(database.db, { organisations: ['duo'], fromQuarter: '2026-Q2' });
    expect(trend.quarters.map((q) => [q.kwartaal, Object.values(q.funnel.counts), q.unknownHome.sollicitatie])).toEqual([
      ['2026-Q2', [0, 0, 0, 0], 0],
      ['2026-Q3', [1, 0, 0, 0], 0],
      ['2026-Q4', [7, 6, 4, 3], 1],
    ]);
    expect(trend.quarters[1]!.funnel.region.naam).toBe('3e kwartaal 2026');
  });
});
