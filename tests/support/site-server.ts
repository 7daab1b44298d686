import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/lib/search/meili-process.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A running copy of the real site, started the way `npm start` starts it. */
export interface SiteServer {
  url: string;
  dataDir: string;
  output: () => string;
  /** Runs a project CLI against this site's data folder (only while the server is stopped, for PGlite). */
  stop(): Promise<void>;
  /** The pid of the Meilisearch child the site started. */
  meiliPid(): number;
  /** The pid of the server process. */
  pid: number;
  /** Resolves when the server process has exited. */
  exited: Promise<void>;
}

/** Runs `node scripts/<script>` with the environment of a site's data folder; returns stdout and exit code. */
export function runCli(dataDir: string, args: string[], env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, ...env }, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/**
 * Starts scripts/start.ts (build when stale, migrations, reference and demo data, embedded
 * Meilisearch, the server) on a free port with a fresh data folder. `prepare` runs CLIs first.
 */
export async function startSite(options: { prepare?: (dataDir: string) => void; env?: Record<string, string>; dataDir?: string; keepData?: boolean; startTimeoutMs?: number } = {}): Promise<SiteServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rir-site-'));
  options.prepare?.(dataDir);
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, DATABASE_URL: '', MEILI_URL: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`site did not start in time:\n${output}`)), options.startTimeoutMs ?? 200_000);
    const check = setInterval(() => {
      if (output.includes('serving http://')) { clearInterval(check); clearTimeout(timer); resolve(); }
    }, 100);
    child.once('exit', (code) => { clearInterval(check); clearTimeout(timer); reject(new Error(`site exited with ${code}:\n${output}`)); });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    pid: child.pid ?? -1,
    exited,
    output: () => output,
    meiliPid: () => (JSON.parse(readFileSync(join(dataDir, 'meilisearch', 'server.json'), 'utf8')) as { pid: number }).pid,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
