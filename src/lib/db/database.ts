import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { SerializedPGliteDialect } from './serialized-pglite-dialect.ts';
import pg from 'pg';
import type { DB } from './schema.ts';
import { typeParsers } from './type-parsers.ts';
import { lockPgliteFolder, readFolderOwner, recordSocket, type FolderOwner } from './pglite-folder-lock.ts';
import { SOCKET_NAME, servePgliteSocket } from './pglite-socket-server.ts';
import { markSingleConnection } from './advisory-lock.ts';
import { pgCopyIn, pgliteCopyIn, registerCopyIn } from './bulk-copy.ts';

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

/** Options for opening a database. */
export interface OpenOptions {
  /** Serve an embedded PGlite to command-line tools on a unix socket (the long-lived server does). */
  serveSocket?: boolean;
  /** Where to say that a CLI goes through the server (stderr by default). */
  notice?: (line: string) => void;
}

function postgresPool(connection: { connectionString: string } | { host: string; port: number; user: string; database: string }, max: number): pg.Pool {
  const pool = new pg.Pool({
    ...connection,
    max,
    types: { getTypeParser: (oid: number, format?: string) => typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text') } as never,
  });
  return pool;
}

/**
 * The one database factory: opens PostgreSQL through `pg` or PGlite through Kysely's own dialect.
 * An embedded folder has one owner (issue 11): when another live process holds it, this connects
 * through that process's socket instead of opening the folder a second time, and says so.
 */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  if (target.kind === 'pglite') {
    const lock = lockPgliteFolder(target.dataDir);
    if (!lock.owned) return openThroughOwner(target.dataDir, lock.owner, options);
    try {
      const database = await openPglite(target.dataDir, options);
      return { ...database, close: async () => { await database.close(); lock.release(); } };
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  if (target.kind === 'postgres') {
    const pool = postgresPool({ connectionString: target.url }, target.maxConnections ?? 10);
    // An idle pooled connection that the server ends (restart, failover, a dropped database) emits
    // 'error' on the pool; without a listener that would crash the process. The pool replaces it.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') console.warn(`[database] idle connection lost: ${error.message}`);
    });
    // pg-pool removes its own 'error' listener while a client is checked out, so a backend ended
    // during a request or transaction (pg_terminate_backend, failover) would emit an unhandled
    // 'error' and exit the process. Every client gets a permanent listener: the query in flight
    // fails (that request answers 503), the pool discards the broken client and opens a new one.
    // Clients by backend pid, so a transaction can find its own client for COPY (bulk-copy.ts).
    const clients = new Map<number, pg.PoolClient>();
    pool.on('remove', (client) => {
      const pid = (client as { processID?: number | null }).processID;
      if (typeof pid === 'number') clients.delete(pid);
    });
    pool.on('connect', (client) => {
      const pid = (client as { processID?: number | null }).processID;
      if (typeof pid === 'number') clients.set(pid, client);
      client.on('error', (error: Error & { code?: string }) => {
        if (error.code !== '57P01') console.warn(`[database] connection lost: ${error.message}`);
      });
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    registerCopyIn(db, pgCopyIn(clients));
    const url = new URL(target.url);
    return {
      db,
      kind: 'postgres',
      description: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: () => db.destroy(),
    };
  }
  return openPglite(undefined, options);
}

async function openPglite(dataDir: string | undefined, options: OpenOptions): Promise<Database> {
  // Loaded lazily: the WASM build is only needed when no server is configured.
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ? { dataDir, parsers: typeParsers } : { parsers: typeParsers });
  const db = new Kysely<DB>({ dialect: new SerializedPGliteDialect({ pglite }) });
  markSingleConnection(db);
  registerCopyIn(db, pgliteCopyIn(pglite));
  let socket: { socketDir: string; close: () => Promise<void> } | undefined;
  if (dataDir && options.serveSocket) {
    socket = await servePgliteSocket(pglite, socketDirFor(dataDir));
    recordSocket(dataDir, socket.socketDir);
  }
  return {
    db,
    kind: 'pglite',
    description: dataDir ? `PGlite (embedded) in ${dataDir}${socket ? ', served to CLIs on a local socket' : ''}` : 'PGlite (in memory)',
    close: async () => {
      if (socket && dataDir) {
        recordSocket(dataDir, undefined);
        await socket.close();
      }
      await db.destroy();
    },
  };
}

/** A directory for the socket: `DATA_DIR/run` when its path fits a unix socket address (108 bytes), else a private temp folder. */
function socketDirFor(dataDir: string): string {
  const preferred = join(dirname(dataDir), 'run');
  return Buffer.byteLength(join(preferred, SOCKET_NAME)) < 100 ? preferred : mkdtempSync(join(tmpdir(), 'rir-pg-'));
}

/** Connects to the PGlite that another process owns, through the socket it serves; waits while it is still starting. */
async function openThroughOwner(dataDir: string, first: FolderOwner, options: OpenOptions): Promise<Database> {
  const notice = options.notice ?? ((line: string) => console.error(line));
  let owner: FolderOwner | null = first;
  const deadline = Date.now() + 90_000;
  let told = false;
  while (!owner?.socketDir) {
    if (owner === null) {
      // The owner stopped meanwhile: the folder is free, open it under the lock.
      return openDatabase({ kind: 'pglite', dataDir }, options);
    }
    if (Date.now() > deadline) {
      throw new Error(`The embedded database in ${dataDir} is in use by process ${owner.pid}, which does not serve it (yet). Stop that process or try again when the server has started.`);
    }
    if (!told) {
      notice(`[database] process ${owner.pid} is opening the embedded database; waiting until it serves it…`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 500));
    owner = readFolderOwner(dataDir);
  }
  // PGlite is one connection: one client at a time is all the socket can serve anyway.
  const pool = postgresPool({ host: owner.socketDir, port: 5432, user: 'postgres', database: 'template1' }, 1);
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  markSingleConnection(db);
  notice(`[database] the running server (pid ${owner.pid}) owns ${dataDir}; working through its socket`);
  return { db, kind: 'pglite', description: `PGlite (embedded) in ${dataDir}, through the running server (pid ${owner.pid})`, close: () => db.destroy() };
}
