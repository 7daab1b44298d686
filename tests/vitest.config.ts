import { defineConfig } from 'vitest/config';

// One suite, three kinds of test (see README "Tests"): unit/ needs nothing, integration/ talks to a
// real database (PGlite, or PostgreSQL with TEST_DATABASE_URL) and a real Meilisearch, browser/
// builds and starts the real server and drives Debian's Chromium.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: ['default'],
    sequence: { groupOrder: 0 },
  },
});
