import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../db/migrations/index.ts';
import type { Database } from '../../../src/lib/db/database.ts';
import { migrateToLatest } from '../../../src/lib/db/migrate.ts';
import { intakeFunnel } from '../../../src/lib/intake/funnel-query.ts';
import { runRetention } from '../../../src/lib/intake/retention.ts';
import { importCsv, rollupCells, TINY_DUO } from '../../support/intake-fixtures.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

const NOW = new Date('2026-11-29T12:00:00Z');
let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  await publish(database.db, 'duo', [
    vacancyInput({ kenmerk: 'V-1', standplaatsen: ['Groningen'], vakgebied: 'ict', opleidingsniveau: 'hbo' }),
    vacancyInput({ kenmerk: 'V-2', standplaatsen: ["'s-Gravenhage"], vakgebied: 'juridisch', opleidingsniveau: 'wo' }),
  ]);
  await importCsv(database.db, 'duo', TINY_DUO, { now: NOW });
});
afterAll(async () => database.close());

const migrator = () => new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
const total = async () => (await intakeFunnel(database.db, { organisations: ['duo'] })).total.counts;

describe('migration 0008-intake-activity', () => {
  it('down merges the levels back and up backfills levels and activity from the microdata', async () => {
    const cohort = await rollupCells(database.db, 'instroom_kwartaal');
    const activity = await rollupCells(database.db, 'instroom_activiteit_kwartaal');
    expect(activity.length).toBeGreaterThan(0);
    // Down to before 0008 (later migrations such as 0010-cell-key go down first).
    const down = await migrator().migrateTo('0007-accounts');
    expect(down.results?.map((r) => [r.migrationName, r.status])).toEqual([['0010-cell-key', 'Success'], ['0008-intake-activity', 'Success']]);
    const column = await sql`select 1 from information_schema.columns where table_name = 'instroom_kwartaal' and column_name = 'opleidingsniveau'`.execute(database.db);
    expect(column.rows).toHaveLength(0);
    expect(await migrateToLatest(database.db)).toEqual(['0008-intake-activity', '0010-cell-key']);
    expect(await rollupCells(database.db, 'instroom_kwartaal')).toEqual(cohort);
    expect(await rollupCells(database.db, 'instroom_activiteit_kwartaal')).toEqual(activity);
  });

  it('keeps figures of applications deleted before the migration, without a level', async () => {
    const before = await total();
    expect((await runRetention(database.db, { now: new Date('2026-12-31T12:00:00Z') })).deleted).toBe(6);
    await migrator().migrateTo('0007-accounts');
    expect(await migrateToLatest(database.db)).toEqual(['0008-intake-activity', '0010-cell-key']);
    expect(await total()).toEqual(before);
    // Only the two applications still held get a level; the deleted ones stay countable as "level unknown".
    const levelled = await intakeFunnel(database.db, { organisations: ['duo'], levels: ['hbo', 'wo'] });
    expect(levelled.total.counts.sollicitatie).toBe(2);
  });
});
