import { PGliteDialect, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';

/** A FIFO lock: PGlite has one connection, so only one query or transaction may use it at a time. */
class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const previous = this.#tail;
    this.#tail = new Promise<void>((resolve) => { release = resolve; });
    await previous;
    return release;
  }
}

/**
 * Kysely's PGlite driver hands every caller the same connection and keeps a single "current
 * transaction" on it, so two overlapping requests could run their queries inside each other's
 * transaction (seen as a crashed server under concurrent imports). Like Kysely's SQLite driver,
 * this one lets one caller at a time hold the connection, until it releases it.
 */
class SerializedDriver implements Driver {
  readonly #inner: Driver;
  readonly #lock = new ConnectionLock();
  #release: (() => void) | undefined;

  constructor(inner: Driver) {
    this.#inner = inner;
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
  override createDriver(): Driver {
    return new SerializedDriver(super.createDriver());
  }
}
