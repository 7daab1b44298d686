import { hostname } from 'node:os';
import { sql, type Kysely } from 'kysely';
import { withAdvisoryLock } from '../db/advisory-lock.ts';
import type { DB } from '../db/schema.ts';

/** This process as the job table names it (host and pid; no personal data). */
export const NODE_NAME = `${hostname()}:${process.pid}`;

/**
 * Claims this period's run of a job: one conditional upsert on `taak_run`, so of several nodes
 * ticking at about the same time exactly one wins. A run counts for the period when it started less
 * than 90% of the interval ago (nodes' timers drift; 90% keeps it to one run per period).
 */
export async function claimJobRun(db: Kysely<DB>, name: string, intervalMs: number, node: string = NODE_NAME): Promise<boolean> {
  const seconds = (intervalMs * 0.9) / 1000;
  const { rows } = await sql<{ naam: string }>`
    insert into taak_run (naam, gestart_op, node, aantal_runs) values (${name}, clock_timestamp(), ${node}, 1)
    on conflict (naam) do update set gestart_op = clock_timestamp(), node = excluded.node, klaar_op = null, resultaat = null, aantal_runs = taak_run.aantal_runs + 1
    where taak_run.gestart_op <= clock_timestamp() - make_interval(secs => ${seconds}::double precision)
    returning naam`.execute(db);
  return rows.length > 0;
}

/** Records how a claimed run ended ('ok' or the first 200 characters of the error, never personal data). */
export async function finishJobRun(db: Kysely<DB>, name: string, resultaat: string): Promise<void> {
  await db.updateTable('taak_run').set({ klaar_op: new Date(), resultaat: resultaat.slice(0, 200) }).where('naam', '=', name).execute();
}

/**
 * Runs a job if this node wins this period's claim; an advisory lock additionally keeps one run from
 * overlapping a slow previous one. Returns whether it ran.
 */
export async function runJobOnce(db: Kysely<DB>, job: { name: string; intervalMs: number; run: () => Promise<unknown> }): Promise<boolean> {
  if (!(await claimJobRun(db, job.name, job.intervalMs))) return false;
  const outcome = await withAdvisoryLock(db, `job:${job.name}`, async () => {
    try {
      await job.run();
      await finishJobRun(db, job.name, 'ok');
    } catch (error) {
      await finishJobRun(db, job.name, `fout: ${(error as Error).message}`).catch(() => undefined);
      throw error;
    }
  }, { wait: false });
  return outcome.ran;
}
