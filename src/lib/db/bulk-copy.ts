import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql, type Kysely, type Transaction } from 'kysely';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';

/**
 * Runs `COPY <target> FROM … [WITH (<options>)]` inside the caller's transaction, with `data` as input (a string in
 * COPY text format, see {@link copyLine}, or a Blob such as `fs.openAsBlob(file)`). `target` is `table (columns)`.
 * Kysely has no COPY, so each database factory registers how to reach its raw connection.
 */
export type CopyIn = (trx: Transaction<never>, target: string, data: string | Blob, options?: string) => Promise<void>;

const withOptions = (options: string | undefined): string => (options ? ` with (${options})` : '');

// On globalThis, like advisory-lock.ts: the bundled server and the start script each have a copy of this module.
const KEY = Symbol.for('rijk-in-de-regio.copy-in');
const registry: WeakMap<object, CopyIn> = ((globalThis as unknown as Record<symbol, WeakMap<object, CopyIn> | undefined>)[KEY] ??= new WeakMap());

/** Records how `db` runs COPY (called by the database factory). */
export function registerCopyIn(db: Kysely<never> | object, copyIn: CopyIn): void {
  registry.set(db, copyIn);
}

/** How `db` runs COPY, or undefined (a database opened some other way: callers fall back to INSERT). */
export function copyInFor(db: object): CopyIn | undefined {
  return registry.get(db);
}

/**
 * COPY for a `pg` pool: the transaction's own client is found by its backend pid (pg.Client.processID), so the
 * COPY runs in the same transaction as the Kysely queries around it. `clients` is kept by the pool's events.
 */
export function pgCopyIn(clients: ReadonlyMap<number, pg.PoolClient>): CopyIn {
  // One look-up per transaction, not per batch.
  const byTransaction = new WeakMap<object, pg.PoolClient>();
  return async (trx, target, data, options) => {
    let client = byTransaction.get(trx);
    if (!client) {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      client = clients.get(Number(rows[0]!.pid));
      if (!client) throw new Error('COPY: the connection of this transaction is not known to the pool');
      byTransaction.set(trx, client);
    }
    const input = typeof data === 'string' ? Readable.from([Buffer.from(data, 'utf8')]) : Readable.fromWeb(data.stream() as never);
    await pipeline(input, client.query(copyStreams.from(`copy ${target} from stdin${withOptions(options)}`)));
  };
}

/** Minimal view of PGlite's transaction object: a query that takes a blob for `COPY … FROM '/dev/blob'`. */
interface BlobQueryable {
  query(query: string, params?: unknown[], options?: { blob?: Blob }): Promise<unknown>;
}

/**
 * COPY for PGlite: `COPY … FROM '/dev/blob'` with the text as a blob. Kysely runs a transaction through
 * `pglite.transaction(fn)`, which holds PGlite's lock until it ends, so the COPY must go through that same
 * transaction object: `transaction` is wrapped here to remember the one that is open (one at a time: PGlite is one
 * connection and SerializedPGliteDialect lets one caller hold it).
 */
export function pgliteCopyIn(pglite: BlobQueryable & { transaction<T>(fn: (tx: BlobQueryable) => Promise<T>): Promise<T> }): CopyIn {
  let open: BlobQueryable | undefined;
  const original = pglite.transaction.bind(pglite);
  pglite.transaction = <T>(fn: (tx: BlobQueryable) => Promise<T>): Promise<T> =>
    original(async (tx) => {
      open = tx;
      try {
        return await fn(tx);
      } finally {
        open = undefined;
      }
    });
  return async (_trx, target, data, options) => {
    if (!open) throw new Error('COPY on PGlite needs an open transaction');
    await open.query(`copy ${target} from '/dev/blob'${withOptions(options)}`, [], { blob: typeof data === 'string' ? new Blob([data]) : data });
  };
}

/** One value in COPY text format: `\N` for null, backslash, tab, newline and carriage return escaped. */
export function copyValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : value;
}

/** One row in COPY text format (tab-separated, newline-terminated). */
export function copyLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : '\t') + copyValue(values[i]);
  return `${line}\n`;
}
