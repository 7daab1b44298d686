import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { MEILI_LINUX_X64_SHA256, embeddedMeiliBinary, verifyBinary } from './meili-binary.ts';

export { EmbeddedMeiliUnavailable, embeddedMeiliBinary } from './meili-binary.ts';

/** A Meilisearch server this process started and keeps running. */
export interface MeiliProcess {
  url: string;
  masterKey: string;
  dataDir: string;
  /** The pid of the current Meilisearch process (changes after a restart). */
  readonly pid: number;
  /** How often it was restarted after dying. */
  readonly restarts: number;
  /** 'running', 'restarting' (died; a restart is scheduled or under way) or 'stopped'. */
  readonly state: 'running' | 'restarting' | 'stopped';
  /** Calls `listener` after every successful restart (to re-sync what changed while it was down). */
  onRestarted(listener: () => void): void;
  stop(): Promise<void>;
}

/** What the pid file in the Meilisearch data folder records. */
interface PidFile {
  pid: number;
  parentPid: number;
  url: string;
  masterKey: string;
}

/** Asks the kernel for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process (Linux), or '' when it cannot be read. */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

const PID_FILE = 'meilisearch.pid';

/**
 * Before starting: a Meilisearch left running on this data folder by a process that died (SIGKILL,
 * OOM) is stopped, so two never share `data.ms`. One whose parent still lives is another server's:
 * refuse rather than steal it.
 */
async function clearOrphan(dataDir: string): Promise<void> {
  const file = join(dataDir, PID_FILE);
  if (!existsSync(file)) return;
  let recorded: PidFile;
  try {
    recorded = JSON.parse(readFileSync(file, 'utf8')) as PidFile;
  } catch {
    rmSync(file, { force: true });
    return;
  }
  const dbPath = join(dataDir, 'data.ms');
  const isOurs = (pid: number) => alive(pid) && commandLine(pid).includes(dbPath);
  if (isOurs(recorded.pid)) {
    if (recorded.parentPid !== process.pid && alive(recorded.parentPid)) {
      throw new Error(`Meilisearch in ${dataDir} belongs to running process ${recorded.parentPid}; stop that first (one server per DATA_DIR).`);
    }
    process.kill(recorded.pid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (isOurs(recorded.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (isOurs(recorded.pid)) process.kill(recorded.pid, 'SIGKILL');
    while (isOurs(recorded.pid)) await new Promise((r) => setTimeout(r, 50));
  }
  rmSync(file, { force: true });
}

/**
 * A watchdog that ends the child when this process dies without stopping it (SIGKILL, a crash):
 * a tiny shell loop, not in our process group, that polls both pids once a second.
 */
function watchParent(childPid: number): ChildProcess {
  const script = `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${childPid} 2>/dev/null; do sleep 1; done; ` +
    `if kill -0 ${childPid} 2>/dev/null; then kill -TERM ${childPid}; sleep 5; kill -KILL ${childPid} 2>/dev/null; fi`;
  const watchdog = spawn('/bin/sh', ['-c', script], { stdio: 'ignore', detached: true });
  // A failed spawn (EAGAIN on a loaded machine) emits 'error'; unheard, it would end the server.
  watchdog.on('error', () => undefined);
  watchdog.unref();
  return watchdog;
}

/**
 * Delay before restart number n (2, 4, 8, 16, 30 s), reset after a minute of healthy running; while
 * it waits, searches are answered by PostgreSQL and health says Meilisearch is being restarted.
 */
export function restartDelayMs(failuresInARow: number): number {
  return Math.min(30_000, 2000 * 2 ** Math.max(0, failuresInARow - 1));
}

/**
 * Starts the embedded Meilisearch (its binary verified against the pinned SHA-256 first) on a free
 * loopback port and supervises it: when it dies it is restarted on the same port with backoff;
 * a pid file in its data folder and a parent watchdog mean it never outlives us as an orphan.
 */
export async function startEmbeddedMeili(options: { dataDir: string; masterKey?: string; timeoutMs?: number; log?: (line: string) => void }): Promise<MeiliProcess> {
  const binary = embeddedMeiliBinary();
  mkdirSync(options.dataDir, { recursive: true });
  await verifyBinary(binary, MEILI_LINUX_X64_SHA256, options.dataDir);
  await clearOrphan(options.dataDir);
  const port = await freePort();
  const masterKey = options.masterKey ?? randomBytes(24).toString('hex');
  const url = `http://127.0.0.1:${port}`;
  const logStream = createWriteStream(join(options.dataDir, 'meilisearch.log'), { flags: 'a' });
  const say = options.log ?? ((line: string) => console.warn(`[search] ${line}`));
  const connectionFile = join(options.dataDir, 'server.json');
  const pidFile = join(options.dataDir, PID_FILE);

  let child: ChildProcess | undefined;
  let watchdog: ChildProcess | undefined;
  let state: MeiliProcess['state'] = 'restarting';
  let restarts = 0;
  let failuresInARow = 0;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;
  let healthyTimer: NodeJS.Timeout | undefined;
  let exitPromise: Promise<void> = Promise.resolve();
  const restartListeners: (() => void)[] = [];

  const launch = async (timeoutMs: number) => {
    const spawned = spawn(
      binary,
      ['--db-path', join(options.dataDir, 'data.ms'), '--dump-dir', join(options.dataDir, 'dumps'), '--http-addr', `127.0.0.1:${port}`,
        '--master-key', masterKey, '--env', 'production', '--no-analytics', '--log-level', 'WARN'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = spawned;
    // A spawn that fails emits 'error' (then 'exit', which restarts it with backoff); unheard, it would end the server.
    spawned.on('error', (error) => say(`Meilisearch could not be started: ${error.message}`));
    spawned.stdout?.pipe(logStream, { end: false });
    spawned.stderr?.pipe(logStream, { end: false });
    let exited = false;
    exitPromise = new Promise<void>((resolve) => spawned.once('exit', (code, signal) => {
      exited = true;
      resolve();
      onExit(code, signal);
    }));
    if (spawned.pid) {
      writeFileSync(pidFile, JSON.stringify({ pid: spawned.pid, parentPid: process.pid, url, masterKey } satisfies PidFile), { mode: 0o600 });
      watchdog = watchParent(spawned.pid);
    }
    await waitHealthy(url, timeoutMs, () => exited);
    state = 'running';
    // Lets command-line tools (imports) reach the server this process owns; removed on stop.
    writeFileSync(connectionFile, JSON.stringify({ url, masterKey, pid: spawned.pid }), { mode: 0o600 });
    clearTimeout(healthyTimer);
    healthyTimer = setTimeout(() => { failuresInARow = 0; }, 60_000);
    healthyTimer.unref();
  };

  const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
    watchdog?.kill('SIGKILL');
    if (stopping) return;
    state = 'restarting';
    failuresInARow += 1;
    clearTimeout(healthyTimer);
    const delay = restartDelayMs(failuresInARow);
    say(`Meilisearch (pid ${child?.pid}) exited (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s`);
    restartTimer = setTimeout(() => {
      if (stopping) return;
      restarts += 1;
      launch(60_000).then(
        () => {
          say(`Meilisearch restarted (pid ${child?.pid}) at ${url}`);
          for (const listener of restartListeners) listener();
        },
        (error: unknown) => say(`Meilisearch restart failed: ${(error as Error).message}`),
      );
    }, delay);
    restartTimer.unref();
  };

  await launch(options.timeoutMs ?? 30_000);
  return {
    url,
    masterKey,
    dataDir: options.dataDir,
    get pid() { return child?.pid ?? -1; },
    get restarts() { return restarts; },
    get state() { return state; },
    onRestarted(listener) { restartListeners.push(listener); },
    async stop() {
      stopping = true;
      state = 'stopped';
      clearTimeout(restartTimer);
      clearTimeout(healthyTimer);
      rmSync(connectionFile, { force: true });
      const current = child;
      if (current && current.exitCode === null && current.signalCode === null) {
        current.kill('SIGTERM');
        const timer = setTimeout(() => current.kill('SIGKILL'), 5000);
        await exitPromise;
        clearTimeout(timer);
      }
      watchdog?.kill('SIGKILL');
      rmSync(pidFile, { force: true });
      logStream.end();
    },
  };
}

async function waitHealthy(url: string, timeoutMs: number, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('Meilisearch exited during start-up; see meilisearch.log in its data folder');
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch did not become healthy within ${timeoutMs} ms`);
}

/** The embedded server another process of this installation runs, if any (read from its server.json). */
export async function findRunningEmbeddedMeili(dataDir: string): Promise<{ url: string; masterKey: string } | null> {
  const file = join(dataDir, 'server.json');
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as { url: string; masterKey: string; pid: number };
    process.kill(info.pid, 0);
    const response = await fetch(`${info.url}/health`);
    return response.ok ? { url: info.url, masterKey: info.masterKey } : null;
  } catch {
    return null;
  }
}

/** Exported for tests: the pid file name in the Meilisearch data folder. */
export const MEILI_PID_FILE = PID_FILE;
