import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/db/database.ts';
import { intakeFunnel } from '../../../src/lib/intake/funnel-query.ts';
import { originMatrix } from '../../../src/lib/intake/origin-matrix.ts';
import { runRetention } from '../../../src/lib/intake/retention.ts';
import { importCsv, rollupCells, TINY_DUO, INTAKE_TABLES } from '../../support/intake-fixtures.ts';
import { createTestDatabase, truncate } from '../../support/test-database.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

const NOW = new Date('2026-11-29T12:00:00Z');
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  await publish(database.db, 'duo', [
    vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'], vakgebied: 'ict' }),
    vacancyInput({ kenmerk: 'V-2', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch' }),
  ]);
});
afterAll(async () => database.close());
beforeEach(async () => {
  await truncate(database, INTAKE_TABLES);
  await importCsv(database.db, 'duo', TINY_DUO, { now: NOW });
});

async function figures() {
  return {
    funnel: (await intakeFunnel(database.db, { organisations: ['duo'] })).rows.map((r) => r.counts),
    matrix: (await originMatrix(database.db, {}, 'sollicitatie')).counts,
    hires: (await originMatrix(database.db, {}, 'aangenomen')).counts,
    cells: await rollupCells(database.db),
  };
}
const microdata = async () => (await database.db.selectFrom('sollicitatie').select('sollicitatiedatum').execute()).length;

describe('runRetention', () => {
  it('deletes nothing before any retention date', async () => {
    expect(await runRetention(database.db, { now: NOW })).toEqual({ today: '2026-11-29', deleted: 0, organisations: [] });
    expect(await microdata()).toBe(8);
  });

  it('deletes expired microdata step by step while every figure stays identical', async () => {
    const before = await figures();
    // Ended procedures without consent: their 4 weeks ran out in December 2026; the running one and the one with consent stay.
    const first = await runRetention(database.db, { now: new Date('2026-12-31T12:00:00Z') });
    expect(first).toEqual({ today: '2026-12-31', deleted: 6, organisations: ['duo'] });
    expect(await microdata()).toBe(2);
    expect(await figures()).toEqual(before);
    // Everything is gone two years later; the figures still are what they were.
    const second = await runRetention(database.db, { now: new Date('2028-12-31T12:00:00Z') });
    expect(second.deleted).toBe(2);
    expect(await microdata()).toBe(0);
    expect(await figures()).toEqual(before);
    const bookkeeping = await database.db.selectFrom('instroom_kwartaal').select(['aantal', 'verwijderd']).execute();
    expect(bookkeeping.every((c) => c.aantal === c.verwijderd)).toBe(true);
  });

  it('keeps figures when the same export is imported again after retention (no double counting)', async () => {
    const before = await figures();
    await runRetention(database.db, { now: new Date('2028-12-31T12:00:00Z') });
    const again = await importCsv(database.db, 'duo', TINY_DUO, { now: new Date('2028-12-31T12:00:00Z') });
    expect({ accepted: again.accepted, expired: again.expired }).toEqual({ accepted: 0, expired: 8 });
    expect(await figures()).toEqual(before);
  });

  it('adds new applications on top of the counts kept for deleted ones', async () => {
    await runRetention(database.db, { now: new Date('2026-12-31T12:00:00Z') });
    const report = await importCsv(database.db, 'duo', 'sollicitant_id,vacature,sollicitatiedatum,postcode,fase\nn1,V-1,2026-10-20,9711,gesprek\n', { now: new Date('2026-12-31T12:00:00Z') });
    expect(report.accepted).toBe(1);
    const funnel = await intakeFunnel(database.db, { organisations: ['duo'] });
    expect(funnel.total.counts).toEqual({ sollicitatie: 9, gesprek: 7, aanbod: 4, aangenomen: 3 });
    expect(funnel.rows.find((r) => r.region.code === 'PV20')!.counts).toEqual({ sollicitatie: 3, gesprek: 2, aanbod: 1, aangenomen: 1 });
  });
});
