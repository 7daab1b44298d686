import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

const singleConnection = new WeakSet<object>();

/** Marks a Kysely instance as one connection shared by the whole process (PGlite, or PGlite through its owner's socket). */
export function markSingleConnection(db: object): void {
  singleConnection.add(db);
}

/** True for PGlite: one process owns it, so cross-process locks are moot and a held connection would block everything. */
export function isSingleConnection(db: object): boolean {
  return singleConnection.has(db);
}

/** A stable 64-bit advisory lock key for a name (first 8 bytes of its SHA-256, signed). */
export function advisoryKey(name: string): bigint {
  return createHash('sha256').update(`rijk-in-de-regio:${name}`).digest().readBigInt64BE(0);
}

const LOCAL_KEY = Symbol.for('rijk-in-de-regio.local-locks');

/** In-process serialization per name (both copies of this module share it through globalThis). */
function localChain(name: string): { tail: Promise<void> } {
  const store = globalThis as unknown as Record<symbol, Map<string, { tail: Promise<void> }> | undefined>;
  store[LOCAL_KEY] ??= new Map();
  let entry = store[LOCAL_KEY].get(name);
  if (!entry) {
    entry = { tail: Promise.resolve() };
    store[LOCAL_KEY].set(name, entry);
  }
  return entry;
}

/**
 * Runs `fn` while holding a PostgreSQL session advisory lock named `name`, so that only one app node
 * at a time does it (start-up steps, index rebuilds). `wait: false` gives up at once when another
 * node holds it (returns { ran: false }). Within one process the same name is also serialized. On
 * PGlite (one process) only the in-process serialization applies. The lock is held on a connection
 * of its own; if that connection dies the server drops the lock, which is what we want.
 */
export async function withAdvisoryLock<T>(db: Kysely<any>, name: string, fn: () => Promise<T>, options: { wait?: boolean } = {}): Promise<{ ran: true; value: T } | { ran: false }> {
  const wait = options.wait ?? true;
  const local = localChain(name);
  const previous = local.tail;
  let done!: () => void;
  local.tail = new Promise<void>((resolve) => { done = resolve; });
  try {
    await previous;
    if (isSingleConnection(db)) return { ran: true, value: await fn() };
    const key = advisoryKey(name);
    return await db.connection().execute(async (conn) => {
      if (wait) {
        await sql`select pg_advisory_lock(${key})`.execute(conn);
      } else {
        const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${key}) as ok`.execute(conn);
        if (!rows[0]?.ok) return { ran: false as const };
      }
      try {
        return { ran: true as const, value: await fn() };
      } finally {
        await sql`select pg_advisory_unlock(${key})`.execute(conn).catch(() => undefined);
      }
    });
  } finally {
    done();
  }
}
