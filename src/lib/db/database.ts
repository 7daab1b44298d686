import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { SerializedPGliteDialect } from './serialized-pglite-dialect.ts';
import pg from 'pg';
import type { DB } from './schema.ts';
import { typeParsers } from './type-parsers.ts';

/** Where the data lives: a PostgreSQL server, PGlite on disk, or PGlite in memory (tests). */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; maxConnections?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

/** An open database with a way to close it. */
export interface Database {
  db: Kysely<DB>;
  kind: 'postgres' | 'pglite';
  /** A human-readable description for start-up messages (never contains a password). */
  description: string;
  close(): Promise<void>;
}

/** Chooses the target from configuration: DATABASE_URL wins, otherwise embedded PGlite under DATA_DIR. */
export function targetFromConfig(config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): DatabaseTarget {
  if (config.DATABASE_URL) return { kind: 'postgres', url: config.DATABASE_URL };
  return { kind: 'pglite', dataDir: join(config.DATA_DIR, 'pglite') };
}

/** The one database factory: opens PostgreSQL through `pg` or PGlite through Kysely's own dialect. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.maxConnections ?? 10,
      types: { getTypeParser: (oid: number, format?: string) => typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text') } as never,
    });
    // An idle pooled connection that the server ends (restart, failover, a dropped database) emits
    // 'error' on the pool; without a listener that would crash the process. The pool replaces it.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') console.warn(`[database] idle connection lost: ${error.message}`);
    });
    // pg-pool removes its own 'error' listener while a client is checked out, so a backend ended
    // during a request or transaction (pg_terminate_backend, failover) would emit an unhandled
    // 'error' and exit the process. Every client gets a permanent listener: the query in flight
    // fails (that request answers 503), the pool discards the broken client and opens a new one.
    pool.on('connect', (client) => {
      client.on('error', (error: Error & { code?: string }) => {
        if (error.code !== '57P01') console.warn(`[database] connection lost: ${error.message}`);
      });
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const url = new URL(target.url);
    return {
      db,
      kind: 'postgres',
      description: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: () => db.destroy(),
    };
  }
  // Loaded lazily: the WASM build is only needed when no server is configured.
  const { PGlite } = await import('@electric-sql/pglite');
  const dataDir = target.kind === 'pglite' ? target.dataDir : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ? { dataDir, parsers: typeParsers } : { parsers: typeParsers });
  const db = new Kysely<DB>({ dialect: new SerializedPGliteDialect({ pglite }) });
  return {
    db,
    kind: 'pglite',
    description: dataDir ? `PGlite (embedded) in ${dataDir}` : 'PGlite (in memory)',
    close: () => db.destroy(),
  };
}
