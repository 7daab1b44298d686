import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { activityFunnel } from '../../../src/lib/intake/activity-funnel.ts';
import { loadDashboardFigures } from '../../../src/lib/intake/dashboard-data.ts';
import { intakeFunnel } from '../../../src/lib/intake/funnel-query.ts';
import type { IntakeFilter } from '../../../src/lib/intake/intake-filter.ts';
import { runRetention } from '../../../src/lib/intake/retention.ts';
import { importCsv, INTAKE_TABLES, rollupCells } from '../../support/intake-fixtures.ts';
import { createTestDatabase, truncate } from '../../support/test-database.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

const NOW = new Date('2026-11-29T12:00:00Z');

// V-1: Groningen, wo; V-2: 's-Gravenhage, mbo; EXT-1: not on the platform (no vakgebied, no level).
// Everyone gave consent, so every row is kept at least a year and all are stored on import.
const CSV = [
  'sollicitant_id,vacature,werkplaats_gemeente,sollicitatiedatum,postcode,fase,uitkomst,datum_gesprek,datum_aanbod,datum_indiensttreding,toestemming_bewaren',
  'a1,V-1,,2026-03-20,9711,gesprek,afgewezen,2026-04-10,,,ja', // Groningen: applied Q1, interview Q2
  'a2,V-1,,2026-02-01,9711,aangenomen,,2026-02-15,2026-03-01,2026-07-01,ja', // Groningen: Q1 ×3, start Q3
  'a3,V-2,,2026-05-05,2511,aanbod,teruggetrokken,2026-05-20,2026-06-10,,ja', // Den Haag: all in Q2
  'a4,V-2,,2026-06-30,,gesprek,lopend,,,,ja', // unknown home; interview without a date
  'a5,EXT-1,Groningen,2026-04-02,8911,sollicitatie,afgewezen,,,,ja', // Leeuwarden, external vacancy
].join('\n');

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await publish(database.db, 'duo', [
    vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'], vakgebied: 'ict', opleidingsniveau: 'wo' }),
    vacancyInput({ kenmerk: 'V-2', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch', opleidingsniveau: 'mbo' }),
  ]);
});
afterAll(async () => database.close());
beforeEach(async () => {
  await truncate(database, INTAKE_TABLES);
  const report = await importCsv(database.db, 'duo', CSV, { now: NOW });
  expect([report.accepted, report.rejected]).toEqual([5, 0]);
});

/** [sollicitatie, gesprek, aanbod, aangenomen] per home province with any event, and the total. */
async function activity(filter: IntakeFilter) {
  const result = await activityFunnel(database.db, filter);
  const rows = Object.fromEntries(result.rows.filter((r) => Object.values(r.counts).some((n) => n > 0)).map((r) => [r.region.code, Object.values(r.counts)]));
  return { rows, total: Object.values(result.total.counts) };
}
const cohortTotal = async (filter: IntakeFilter) => Object.values((await intakeFunnel(database.db, filter)).total.counts);

describe('activityFunnel', () => {
  it('counts every dated event in the quarter of its own date', async () => {
    expect(await activity({ fromQuarter: '2026-Q1', toQuarter: '2026-Q1' })).toEqual({ rows: { PV20: [2, 1, 1, 0] }, total: [2, 1, 1, 0] });
    // a1 applied in Q1 but had its interview in Q2; a4's interview has no date and is not counted.
    expect(await activity({ fromQuarter: '2026-Q2', toQuarter: '2026-Q2' })).toEqual({
      rows: { PV20: [0, 1, 0, 0], PV21: [1, 0, 0, 0], PV28: [1, 1, 1, 0], onbekend: [1, 0, 0, 0] },
      total: [3, 2, 1, 0],
    });
    expect(await activity({ fromQuarter: '2026-Q3' })).toEqual({ rows: { PV20: [0, 0, 0, 1] }, total: [0, 0, 0, 1] });
    expect((await activity({})).total).toEqual([5, 3, 2, 1]);
  });

  it('differs from the cohort funnel, which counts by application quarter and in every stage reached', async () => {
    expect(await cohortTotal({ fromQuarter: '2026-Q1', toQuarter: '2026-Q1' })).toEqual([2, 2, 1, 1]);
    expect(await cohortTotal({ fromQuarter: '2026-Q2', toQuarter: '2026-Q2' })).toEqual([3, 2, 1, 0]);
    expect(await cohortTotal({})).toEqual([5, 4, 2, 1]);
  });

  it('lists every province and onbekend, also without events, and marks no demo data', async () => {
    const result = await activityFunnel(database.db, { organisations: [] });
    expect(result.rows.map((r) => r.region.code)).toEqual(['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31', 'onbekend']);
    expect(result.total.counts).toEqual({ sollicitatie: 0, gesprek: 0, aanbod: 0, aangenomen: 0 });
    expect(result.containsDemo).toBe(false);
    expect('rates' in result.total).toBe(false);
  });
});

describe('level filter (opleidingsniveau)', () => {
  it('narrows cohort and activity figures to vacancies of the level; external vacancies drop out', async () => {
    expect(await cohortTotal({ levels: ['wo'] })).toEqual([2, 2, 1, 1]);
    expect(await cohortTotal({ levels: ['mbo'] })).toEqual([2, 2, 1, 0]);
    expect(await cohortTotal({ levels: ['wo', 'mbo'] })).toEqual([4, 4, 2, 1]);
    expect(await cohortTotal({ levels: ['hbo'] })).toEqual([0, 0, 0, 0]);
    expect(await cohortTotal({ levels: [] })).toEqual([0, 0, 0, 0]);
    expect(await activity({ levels: ['mbo'], fromQuarter: '2026-Q2', toQuarter: '2026-Q2' })).toEqual({ rows: { PV28: [1, 1, 1, 0], onbekend: [1, 0, 0, 0] }, total: [2, 1, 1, 0] });
    expect((await activity({ levels: ['wo'] })).total).toEqual([2, 2, 1, 1]);
  });

  it('stores the level per rollup cell, null for the external vacancy', async () => {
    const levels = (await database.db.selectFrom('instroom_kwartaal').select('opleidingsniveau').distinct().orderBy('opleidingsniveau').execute()).map((r) => r.opleidingsniveau);
    expect(levels).toEqual(['mbo', 'wo', null]);
  });
});

describe('retention', () => {
  it('leaves the cohort and activity rollups (and their figures) unchanged while deleting microdata', async () => {
    const snapshot = async () => ({
      cohort: await rollupCells(database.db, 'instroom_kwartaal'),
      activity: await rollupCells(database.db, 'instroom_activiteit_kwartaal'),
      q2: await activity({ fromQuarter: '2026-Q2', toQuarter: '2026-Q2' }),
      all: await activity({}),
      wo: await activity({ levels: ['wo'] }),
    });
    const before = await snapshot();
    // a1 and a5 expire first (a year after their last date), the rest later.
    const first = await runRetention(database.db, { now: new Date('2027-05-01T12:00:00Z') });
    expect(first.deleted).toBe(2);
    expect(await snapshot()).toEqual(before);
    const second = await runRetention(database.db, { now: new Date('2029-01-01T12:00:00Z') });
    expect(second.deleted).toBe(3);
    expect(await snapshot()).toEqual(before);
    const bookkeeping = await database.db.selectFrom('instroom_activiteit_kwartaal').select(['aantal', 'verwijderd']).execute();
    expect(bookkeeping.length).toBeGreaterThan(0);
    expect(bookkeeping.every((c) => c.aantal === c.verwijderd)).toBe(true);
  });

  it('keeps activity when the same export comes back after retention (no double counting)', async () => {
    const before = await activity({});
    await runRetention(database.db, { now: new Date('2029-01-01T12:00:00Z') });
    const again = await importCsv(database.db, 'duo', CSV, { now: new Date('2029-01-01T12:00:00Z') });
    expect(again.expired).toBe(5);
    expect(await activity({})).toEqual(before);
  });
});

describe('publishActivity and the dashboard', () => {
  it('publishes a provinces × event kinds table with margins and no rates through the release', async () => {
    const published = (await loadDashboardFigures(database.db, {}, { fase: 'sollicitatie', randstad: ['PV26', 'PV27', 'PV28'] })).activity;
    expect(published.columnLabels).toEqual(['Sollicitaties ontvangen', 'Gesprekken', 'Aanbiedingen', 'Indiensttredingen']);
    expect(published.rowLabels).toHaveLength(13);
    expect(published.rowTotals).toHaveLength(13);
    expect(published.columnTotals).toHaveLength(4);
    // Counts below 10 are never shown as a number (also not 0).
    expect([...published.cells.flat(), ...published.rowTotals, ...published.columnTotals].every((c) => c.kind !== 'value' || c.value >= 10)).toBe(true);
    expect(published.definition.noemer).toBeNull();
    expect('rates' in published).toBe(false);
  });

  it('is part of the dashboard figures', async () => {
    const figures = await loadDashboardFigures(database.db, { organisations: ['duo'], levels: ['wo'] }, { fase: 'sollicitatie', randstad: ['PV26', 'PV27', 'PV28'] });
    expect(figures.activity.columnLabels).toHaveLength(4);
    expect(figures.activity.definition.titel).toContain('Activiteit');
  });
});
