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
    return this.#inner.acquireConnection();
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(connection);
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
