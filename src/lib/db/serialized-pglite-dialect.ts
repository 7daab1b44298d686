import { PGliteDialect, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';
import { connectionLockFor, type ConnectionLock } from './connection-lock.ts';

/**
 * Kysely's PGlite driver hands every caller the same connection and keeps a single "current
 * transaction" on it, so two overlapping requests could run their queries inside each other's
 * transaction (seen as a crashed server under concurrent imports). Like Kysely's SQLite driver,
 * this one lets one caller at a time hold the connection, until it releases it.
 */
class SerializedDriver implements Driver {
  readonly #inner: Driver;
  readonly #lock: ConnectionLock;
  #release: (() => void) | undefined;

  constructor(inner: Driver, lock: ConnectionLock) {
    this.#inner = inner;
    this.#lock = lock;
  }
  init(): Promise<void> {
    return this.#inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#lock.acquire();
    this.#release = release;
    return timed(await this.#inner.acquireConnection());
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(connection, settings);
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const started = performance.now();
    await this.#inner.commitTransaction(connection);
    const ms = performance.now() - started;
    if (ms >= SLOW_PGLITE_QUERY_MS) console.warn(`[database] slow PGlite commit, ${Math.round(ms)} ms`);
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(connection);
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.#inner.releaseConnection(connection);
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }
  destroy(): Promise<void> {
    return this.#inner.destroy();
  }
}

/**
 * PGlite runs a query on the server's own thread: while it runs, nothing else is served (not even a
 * static file). So a query that takes long is worth a line in the log: its duration and the start of
 * its SQL text (never its parameters, which may hold personal data).
 */
export const SLOW_PGLITE_QUERY_MS = 1000;

const WRAPPED = new WeakSet<DatabaseConnection>();

/** Lets the event loop run (timers, sockets) before the next query. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Wraps the connection's queries in place (Kysely's driver reaches its transactions through the same object):
 * each query first gives the event loop a turn, then is timed. PGlite answers from the same thread and its
 * promises settle at once, so a transaction of many queries otherwise ran as one unbroken chain of microtasks:
 * the demo's first retention run (59 organisations) froze the whole server, static files included, for 30–40 s.
 * Requests that need the database still wait for the transaction; everything else is served meanwhile.
 */
function timed(connection: DatabaseConnection): DatabaseConnection {
  if (WRAPPED.has(connection)) return connection;
  WRAPPED.add(connection);
  const execute = connection.executeQuery.bind(connection);
  connection.executeQuery = async (query) => {
    await nextTurn();
    const started = performance.now();
    try {
      return await execute(query);
    } finally {
      const ms = performance.now() - started;
      if (ms >= SLOW_PGLITE_QUERY_MS) console.warn(`[database] slow PGlite query, ${Math.round(ms)} ms: ${query.sql.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
  };
  return connection;
}

/** Kysely's own PGliteDialect with one-at-a-time use of the single connection. */
export class SerializedPGliteDialect extends PGliteDialect {
  readonly #pglite: object;
  constructor(config: ConstructorParameters<typeof PGliteDialect>[0]) {
    super(config);
    this.#pglite = config.pglite;
  }
  override createDriver(): Driver {
    // The lock belongs to the PGlite instance, so the socket that serves CLIs (pglite-socket-server.ts) waits for it too.
    return new SerializedDriver(super.createDriver(), connectionLockFor(this.#pglite));
  }
}
