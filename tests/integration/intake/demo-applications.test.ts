import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../src/lib/bootstrap/seed-demo-data.ts';
import type { Database } from '../../../src/lib/db/database.ts';
import { seedDemoApplications } from '../../../src/lib/intake/demo-applications.ts';
import { intakeFunnel } from '../../../src/lib/intake/funnel-query.ts';
import { randstadSplit } from '../../../src/lib/intake/randstad-split.ts';
import { runRetention } from '../../../src/lib/intake/retention.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { rollupCells, TEST_SECRET } from '../../support/intake-fixtures.ts';

const NOW = new Date('2026-11-29T12:00:00Z');
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db, { log: () => undefined, count: 400, today: '2026-11-29' });
});
afterAll(async () => database.close());

describe('seedDemoApplications', () => {
  it('loads labelled demo applications with believable funnel rates and regional patterns, once', async () => {
    const result = await seedDemoApplications(database.db, { secret: TEST_SECRET, now: NOW });
    expect(result.seeded).toBe(true);
    expect(result.applications).toBeGreaterThan(4000);
    const stored = await database.db.selectFrom('sollicitatie').select(['is_demo', 'woon_gemeente_code', 'sollicitatiedatum']).execute();
    expect(stored).toHaveLength(result.applications);
    expect(stored.every((r) => r.is_demo && r.sollicitatiedatum <= '2026-11-29')).toBe(true);
    const unknownShare = stored.filter((r) => r.woon_gemeente_code === null).length / stored.length;
    expect(unknownShare).toBeGreaterThan(0.03);
    expect(unknownShare).toBeLessThan(0.07);

    const funnel = await intakeFunnel(database.db, { demo: 'only' });
    expect(funnel.containsDemo).toBe(true);
    expect(funnel.total.counts.sollicitatie).toBe(result.applications);
    const rate = (n: number) => n / funnel.total.counts.sollicitatie;
    expect(rate(funnel.total.counts.gesprek)).toBeGreaterThan(0.2);
    expect(rate(funnel.total.counts.gesprek)).toBeLessThan(0.3);
    expect(rate(funnel.total.counts.aanbod)).toBeGreaterThan(0.06);
    expect(rate(funnel.total.counts.aanbod)).toBeLessThan(0.1);
    expect(rate(funnel.total.counts.aangenomen)).toBeGreaterThan(0.045);
    expect(rate(funnel.total.counts.aangenomen)).toBeLessThan(0.075);

    // Most applicants for jobs outside the Randstad live outside it too (distance decay).
    const split = await randstadSplit(database.db, { demo: 'only' });
    const outside = split.stages.sollicitatie;
    expect(outside.rest.rest / (outside.rest.rest + outside.randstad.rest)).toBeGreaterThan(0.7);

    expect(await seedDemoApplications(database.db, { secret: TEST_SECRET, now: NOW })).toEqual({ seeded: false, applications: 0 });
  }, 120_000); // seeds ~4,500 applications through the import; slow when the machine is shared

  it('does not seed again after retention removed the demo microdata (the rollup still holds it)', async () => {
    const before = await rollupCells(database.db);
    await runRetention(database.db, { now: new Date('2030-01-01T12:00:00Z') });
    expect(await database.db.selectFrom('sollicitatie').select('id').execute()).toEqual([]);
    expect(await rollupCells(database.db)).toEqual(before);
    expect((await seedDemoApplications(database.db, { secret: TEST_SECRET, now: NOW })).seeded).toBe(false);
  });
});
