import { defineConfig } from 'vitest/config';

// One suite, three projects (see README "Tests"): unit/ needs nothing (no build, no services),
// integration/ talks to a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL) and a real
// Meilisearch, browser/ builds the site once, starts one demo site for all its files and drives Debian's Chromium.
// Splitting them keeps `vitest run tests/unit/…` free of the site build and the search server.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: ['default'],
    sequence: { groupOrder: 0 },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Real database and Meilisearch on a shared machine: an import of two staging batches took 53 s at load 28.
          testTimeout: 120_000,
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Every test talks to a real server that shares the machine with other servers, Meilisearch and Chromium:
          // at load 28 a plain GET took over 30 s, so the default budget is sized for that, not for a quiet machine.
          testTimeout: 120_000,
          // Build once, then start one demo site that every file shares (inject('demoSite')); only the files that
          // need a server of their own (processes, malformed-input) start one. No separate Meilisearch: the sites
          // start their own.
          globalSetup: ['tests/support/build-setup.ts', 'tests/support/demo-site-setup.ts'],
        },
      },
    ],
  },
});
