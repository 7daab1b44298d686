import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../../src/lib/db/connection-errors.ts';
import { openDatabase, type Database } from '../../../src/lib/db/database.ts';

const serverUrl = process.env.TEST_DATABASE_URL;

// Defect 5 of issue 11: pg_terminate_backend on a checked-out client exited the process with
// "Unhandled 'error' event". This runs only where a PostgreSQL server is configured.
describe.skipIf(!serverUrl)('PostgreSQL connections ended under load', () => {
  const name = `rir_term_${randomBytes(5).toString('hex')}`;
  let database: Database;
  let admin: pg.Client;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => { uncaught.push(error); };

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    database = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 8 });
    await sql`create table schrijf (id serial primary key, n int not null)`.execute(database.db);
    process.on('uncaughtException', onUncaught);
  });

  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await database?.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('fails only the queries in flight, keeps the process alive and reconnects', async () => {
    const outcomes: ('ok' | 'unavailable' | 'other')[] = [];
    const worker = async (i: number) => {
      for (let round = 0; round < 6; round++) {
        try {
          if (i % 2 === 0) {
            // A transaction holding its client across several round trips (the case pg-pool leaves unguarded).
            await database.db.transaction().execute(async (trx) => {
              await sql`select pg_sleep(0.05)`.execute(trx);
              await trx.insertInto('schrijf' as never).values({ n: i } as never).execute();
              await sql`select pg_sleep(0.05)`.execute(trx);
            });
          } else {
            await sql`select pg_sleep(0.1)`.execute(database.db);
          }
          outcomes.push('ok');
        } catch (error) {
          outcomes.push(isDatabaseUnavailable(error) ? 'unavailable' : 'other');
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, i) => worker(i)));
    for (let k = 0; k < 3; k++) {
      await new Promise((r) => setTimeout(r, 120));
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
    }
    await load;
    // Let any late 'error' events fire before looking.
    await new Promise((r) => setTimeout(r, 200));
    expect(uncaught).toEqual([]);
    expect(outcomes.filter((o) => o === 'other')).toEqual([]);
    expect(outcomes.filter((o) => o === 'unavailable').length).toBeGreaterThan(0);
    // The pool replaced the ended connections: the next queries work, and every committed write is there.
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from schrijf`.execute(database.db);
    expect(rows[0]!.n).toBeGreaterThan(0);
    const again = await Promise.all(Array.from({ length: 8 }, () => sql<{ one: number }>`select 1 as one`.execute(database.db)));
    expect(again.every((r) => r.rows[0]!.one === 1)).toBe(true);
  });

  it('classifies connection loss apart from query errors', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
  });
});
