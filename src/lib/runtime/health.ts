import { sql, type Kysely } from 'kysely';
import type { Meilisearch } from 'meilisearch';

/** State of one dependency. */
export interface ComponentHealth {
  status: 'ok' | 'down';
  detail?: string;
  latencyMs: number;
}

/** Overall health: 'ok', or 'degraded' when any component is down. */
export interface HealthReport {
  status: 'ok' | 'degraded';
  database: ComponentHealth;
  search: ComponentHealth;
}

async function timed(check: () => Promise<void>): Promise<ComponentHealth> {
  const start = performance.now();
  try {
    await check();
    return { status: 'ok', latencyMs: Math.round(performance.now() - start) };
  } catch (error) {
    return { status: 'down', detail: (error as Error).message.slice(0, 200), latencyMs: Math.round(performance.now() - start) };
  }
}

/** Checks the database with a trivial query and Meilisearch with its /health endpoint. */
export async function checkHealth(deps: { db: () => Promise<Kysely<any>>; search: () => Promise<Meilisearch> }): Promise<HealthReport> {
  const [database, search] = await Promise.all([
    timed(async () => { await sql`select 1`.execute(await deps.db()); }),
    timed(async () => { await (await deps.search()).health(); }),
  ]);
  return { status: database.status === 'ok' && search.status === 'ok' ? 'ok' : 'degraded', database, search };
}
