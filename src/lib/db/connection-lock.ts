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

const locks = new WeakMap<object, ConnectionLock>();

/** The one lock of a PGlite instance, shared by the server's Kysely driver and the socket that serves CLIs. */
export function connectionLockFor(pglite: object): ConnectionLock {
  let lock = locks.get(pglite);
  if (!lock) {
    lock = new ConnectionLock();
    locks.set(pglite, lock);
  }
  return lock;
}
