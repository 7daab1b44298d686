import { cpus, freemem, loadavg, totalmem } from 'node:os';
import pg from 'pg';

/** What ran a benchmark: printed above every table and stored in its JSON, so a figure can be traced to its run. */
export interface BenchEnvironment {
  date: string;
  machine: { cores: number; cpu: string; memoryGiB: number };
  node: string;
  database: string;
  search?: string;
  /** 1-minute load average when the run began (the machine is shared; a busy machine slows every figure). */
  loadAtStart: number;
}

/** The engine and version behind a database URL, or PGlite's when there is none. */
export async function databaseEngine(url: string | undefined): Promise<string> {
  if (!url) {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite();
    const version = (await db.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?';
    await db.close();
    return `PGlite (PostgreSQL ${version}, WebAssembly, in the server process)`;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const version = (await client.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?';
  await client.end();
  return `PostgreSQL ${version.split(' ')[0]}`;
}

/** The version a Meilisearch server reports. */
export async function meilisearchVersion(url: string, key: string): Promise<string> {
  const response = await fetch(`${url}/version`, { headers: { Authorization: `Bearer ${key}` } });
  const body = (await response.json()) as { pkgVersion?: string };
  return `Meilisearch ${body.pkgVersion ?? '?'}`;
}

/** Describes this machine and the engines of a run. */
export async function benchEnvironment(options: { databaseUrl?: string; search?: string }): Promise<BenchEnvironment> {
  return {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? '?', memoryGiB: Math.round(totalmem() / 2 ** 30) },
    node: process.version,
    database: await databaseEngine(options.databaseUrl),
    ...(options.search ? { search: options.search } : {}),
    loadAtStart: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

/** One line naming the run's environment, for the top of a printed table. */
export function describeEnvironment(env: BenchEnvironment): string {
  return `${env.date.slice(0, 10)} · ${env.machine.cores} cores (${env.machine.cpu}), ${env.machine.memoryGiB} GiB · Node ${env.node} · ${env.database}${env.search ? ` · ${env.search}` : ''} · load ${env.loadAtStart} at start, ${Math.round((loadavg()[0] ?? 0) * 10) / 10} at end · free memory ${Math.round(freemem() / 2 ** 30)} GiB`;
}

/** "met" or "NOT MET" for a goal, as every bench prints it. */
export function goal(label: string, met: boolean, detail: string): string {
  return `goal ${met ? 'met    ' : 'NOT MET'} · ${label} · ${detail}`;
}
