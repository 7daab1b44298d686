import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/lib/db/database.ts';
import { migrateToLatest } from '../../src/lib/db/migrate.ts';
import { loadReferenceData } from '../../src/lib/reference/load-reference-data.ts';

/** Which database the integration tests run on: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set. */
export const testDatabaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database on the
 * TEST_DATABASE_URL server (dropped again by close()), so files can run in parallel.
 */
export async function createTestDatabase(options: { reference?: boolean } = {}): Promise<Database> {
  let database: Database;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `rir_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const inner = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 4 });
    database = {
      ...inner,
      async close() {
        await inner.close();
        const dropper = new pg.Client({ connectionString: serverUrl });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name} with (force)`);
        await dropper.end();
      },
    };
  } else {
    database = await openDatabase({ kind: 'pglite-memory' });
  }
  await migrateToLatest(database.db);
  if (options.reference !== false) await loadReferenceData(database.db);
  return database;
}

/** Empties the given tables between tests (cascading to dependants). */
export async function truncate(database: Database, tables: string[]): Promise<void> {
  await sql`truncate ${sql.join(tables.map((t) => sql.table(t)))} cascade`.execute(database.db);
}
