import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SerializedPGliteDialect } from '../../../src/lib/db/serialized-pglite-dialect.ts';

// PGlite answers on the server's own thread and settles its promises at once. A long transaction of many small
// queries (the demo's first retention run) used to run as one chain of microtasks: no timer, socket or static file
// was served until it ended (30–40 s in CI, and two browser tests timed out on the home page). The driver now gives
// the event loop a turn before every query; this counts those turns, not time.
describe('the embedded database (PGlite) lets the server breathe between queries', () => {
  let pglite: PGlite;
  let db: Kysely<Record<string, never>>;

  beforeAll(async () => {
    pglite = await PGlite.create();
    db = new Kysely({ dialect: new SerializedPGliteDialect({ pglite }) });
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('runs other callbacks between the queries of one transaction', async () => {
    let turns = 0;
    let running = true;
    const spin = () => {
      if (!running) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    const queries = 40;
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < queries; i++) await sql`select ${i}::int as n`.execute(trx);
    });
    running = false;
    expect(turns).toBeGreaterThanOrEqual(queries);
  });

  it('still runs one transaction at a time', async () => {
    await sql`create table teller (n int not null)`.execute(db);
    await sql`insert into teller values (0)`.execute(db);
    const bump = () => db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ n: number }>`select n from teller`.execute(trx);
      await sql`update teller set n = ${rows[0]!.n + 1}`.execute(trx);
    });
    await Promise.all(Array.from({ length: 10 }, bump));
    expect((await sql<{ n: number }>`select n from teller`.execute(db)).rows[0]!.n).toBe(10);
  });
});
