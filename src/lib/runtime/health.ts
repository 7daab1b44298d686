import { sql, type Kysely } from 'kysely';
import type { Meilisearch } from 'meilisearch';

/** State of one dependency. */
export interface ComponentHealth {
  /** 'off': not configured on this installation (search then runs on the database); not a fault. */
  status: 'ok' | 'down' | 'off';
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

/** What the health check needs to know about search (null: search runs on the database on purpose). */
export interface SearchHealthSource {
  client: Meilisearch;
  /** The supervised embedded process, when there is one. */
  process?: { state: 'running' | 'restarting' | 'stopped'; restarts: number };
}

/**
 * Checks the database with a trivial query and Meilisearch with its /health endpoint; a supervised
 * Meilisearch that is being restarted is reported down with that detail. Search switched off on
 * purpose (no binary for this platform) is 'off', which does not degrade the service.
 */
export async function checkHealth(deps: { db: () => Promise<Kysely<any>>; search: () => Promise<SearchHealthSource | null> }): Promise<HealthReport> {
  let off = false;
  const [database, search] = await Promise.all([
    timed(async () => { await sql`select 1`.execute(await deps.db()); }),
    timed(async () => {
      const source = await deps.search();
      if (!source) {
        off = true;
        return;
      }
      if (source.process?.state === 'restarting') throw new Error(`Meilisearch is gestopt en wordt herstart (eerder ${source.process.restarts} keer herstart)`);
      await source.client.health();
    }),
  ]);
  if (off) return { status: database.status === 'ok' ? 'ok' : 'degraded', database, search: { status: 'off', detail: 'geen Meilisearch op deze installatie: zoeken via de database', latencyMs: 0 } };
  return { status: database.status === 'ok' && search.status === 'ok' ? 'ok' : 'degraded', database, search };
}
