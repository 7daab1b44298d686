/** A FIFO lock: PGlite has one connection, so only one query, transaction or socket client may use it at a time. */
export class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();
  /** Waits for the lock; returns the function that releases it. */
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const previous = this.#tail;
    this.#tail = new Promise<void>((resolve) => { release = resolve; });
    await previous;
    return release;
  }
}

// Shared by every copy of this module in the process (the bundled server has its own copy).
const LOCKS_KEY = Symbol.for('rijk-in-de-regio.pglite-connection-locks');
const locks: WeakMap<object, ConnectionLock> = ((globalThis as unknown as Record<symbol, WeakMap<object, ConnectionLock> | undefined>)[LOCKS_KEY] ??= new WeakMap());

/** The one lock of a PGlite instance, shared by the server's Kysely driver and the socket that serves CLIs. */
export function connectionLockFor(pglite: object): ConnectionLock {
  let lock = locks.get(pglite);
  if (!lock) {
    lock = new ConnectionLock();
    locks.set(pglite, lock);
  }
  return lock;
}
