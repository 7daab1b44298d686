import { cleanupLoginAttempts } from '../auth/login-rate-limit.ts';
import { deleteExpiredSessions } from '../auth/sessions.ts';
import { runRetention } from '../intake/retention.ts';
import { SearchDisabledError } from '../search/search-client.ts';
import { maintainSearchIndex } from '../search/search-maintenance.ts';
import { getDatabase, getSearch } from './app-context.ts';
import { runJobOnce } from './job-runner.ts';

const KEY = Symbol.for('rijk-in-de-regio.background-jobs');
const SEARCH_MAINTENANCE_MS = 5 * 60_000;

/** A job that runs on an interval, once per period across every app node (see job-runner.ts). */
export interface BackgroundJob {
  name: string;
  intervalMs: number;
  /** Also try once soon after the server starts (for daily jobs); the claim still allows one run per period. */
  soonAfterStart?: boolean;
  run: () => Promise<unknown>;
}

const jobs: BackgroundJob[] = [
  {
    name: 'search index maintenance',
    intervalMs: SEARCH_MAINTENANCE_MS,
    run: async () => {
      let search;
      try {
        search = await getSearch();
      } catch (error) {
        // No Meilisearch on this installation: search runs on the database, nothing to maintain.
        if (error instanceof SearchDisabledError) return;
        throw error;
      }
      return maintainSearchIndex((await getDatabase()).db, search);
    },
  },
  {
    name: 'expired sessions and old login attempts',
    intervalMs: 60 * 60_000,
    run: async () => {
      const { db } = await getDatabase();
      await deleteExpiredSessions(db);
      await cleanupLoginAttempts(db);
    },
  },
  {
    // AVG: application microdata leaves the database once its retention date has passed.
    name: 'retention of application microdata',
    intervalMs: 24 * 60 * 60_000,
    soonAfterStart: true,
    run: async () => runRetention((await getDatabase()).db),
  },
];

/** Registers another job (e.g. retention); used by features that need periodic work. */
export function registerBackgroundJob(job: BackgroundJob): void {
  jobs.push(job);
}

/**
 * Starts the periodic jobs once per process. Every node ticks; a claim in `taak_run` lets one node
 * per period run each job. Timers are unref'd so they never keep the process alive; a failing run is
 * logged without personal data and retried at the next interval. `RIR_JOBS_START_DELAY_MS` (tests)
 * shortens the wait before the first soon-after-start run (default one minute).
 */
export function startBackgroundJobs(): void {
  const store = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (store[KEY] || process.env.RIR_BACKGROUND_JOBS === 'off') return;
  store[KEY] = true;
  const firstDelay = Number(process.env.RIR_JOBS_START_DELAY_MS ?? 60_000);
  for (const job of jobs) {
    const run = () => {
      getDatabase()
        .then(({ db }) => runJobOnce(db, job))
        .catch((error: unknown) => console.warn(`[jobs] ${job.name} failed: ${(error as Error).message}`));
    };
    setInterval(run, job.intervalMs).unref();
    if (job.soonAfterStart) setTimeout(run, Number.isFinite(firstDelay) ? firstDelay : 60_000).unref();
  }
}
