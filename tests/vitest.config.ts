import { defineConfig } from 'vitest/config';

// One suite, three projects (see README "Tests"): unit/ needs nothing (no build, no services),
// integration/ talks to a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL) and a real
// Meilisearch, browser/ builds and starts the real server and drives Debian's Chromium.
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
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts', 'tests/support/build-setup.ts'],
        },
      },
    ],
  },
});
