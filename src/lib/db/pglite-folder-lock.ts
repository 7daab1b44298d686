import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Who holds an embedded database folder: its process id and, once it serves, the socket to reach it. */
export interface FolderOwner {
  pid: number;
  /** Directory of the unix socket `.s.PGSQL.5432` that serves the database (pg's `host`), when serving. */
  socketDir?: string;
}

/** The result of trying to take a PGlite folder: this process owns it, or another live process does. */
export type FolderLock = { owned: true; release: () => void } | { owned: false; owner: FolderOwner };

const KEY = Symbol.for('rijk-in-de-regio.pglite-folder-locks');

/** Locks this process holds, shared by every copy of this module (the bundled server has its own copy). */
function held(): Map<string, { count: number }> {
  const store = globalThis as unknown as Record<symbol, Map<string, { count: number }> | undefined>;
  store[KEY] ??= new Map();
  return store[KEY];
}

/** The lock file beside a PGlite data folder (`DATA_DIR/pglite.lock` for `DATA_DIR/pglite`). */
export function lockFileFor(dataDir: string): string {
  return join(dirname(dataDir), 'pglite.lock');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads the owner recorded in a lock file; null when there is no (readable) file. */
export function readFolderOwner(dataDir: string): FolderOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(lockFileFor(dataDir), 'utf8')) as FolderOwner;
    return Number.isInteger(parsed.pid) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Takes the exclusive lock on a PGlite folder for this process. Two processes on one folder abort in
 * WebAssembly or both write it (issue 11), so exactly one may open it. A lock left by a process
 * that died is taken over. Re-entrant within a process (start-up opens the folder several times).
 */
export function lockPgliteFolder(dataDir: string): FolderLock {
  const file = lockFileFor(dataDir);
  const mine = held().get(file);
  const release = () => {
    const entry = held().get(file);
    if (!entry) return;
    entry.count -= 1;
    if (entry.count > 0) return;
    held().delete(file);
    if (readFolderOwner(dataDir)?.pid === process.pid) rmSync(file, { force: true });
  };
  if (mine) {
    mine.count += 1;
    return { owned: true, release };
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid } satisfies FolderOwner));
      closeSync(fd);
      held().set(file, { count: 1 });
      process.once('exit', () => { if (held().has(file) && readFolderOwner(dataDir)?.pid === process.pid) rmSync(file, { force: true }); });
      return { owned: true, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readFolderOwner(dataDir);
    if (owner && alive(owner.pid) && owner.pid !== process.pid) return { owned: false, owner };
    // Stale (the owner died without cleaning up) or unreadable half-written: take it over.
    if (!owner && existsSync(file)) {
      // A file written a moment ago by a starting process may not have its content yet.
      const age = Date.now() - (safeMtime(file) ?? 0);
      if (age < 2000) return { owned: false, owner: { pid: -1 } };
    }
    rmSync(file, { force: true });
  }
  throw new Error(`could not take the lock ${file}`);
}

function safeMtime(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** Records in the lock file that this process now serves the database on a socket in `socketDir`. */
export function recordSocket(dataDir: string, socketDir: string | undefined): void {
  const owner = readFolderOwner(dataDir);
  if (owner?.pid !== process.pid) return;
  writeFileSync(lockFileFor(dataDir), JSON.stringify({ pid: process.pid, ...(socketDir ? { socketDir } : {}) } satisfies FolderOwner), { mode: 0o600 });
}
