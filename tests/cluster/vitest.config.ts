import { defineConfig } from 'vitest/config';

// `npm run test:cluster`: two app nodes started together on one empty PostgreSQL database and one
// Meilisearch (issue 11). Needs TEST_DATABASE_URL; the global setup builds the site once and starts
// Meilisearch unless TEST_MEILI_URL is given.
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    include: ['tests/cluster/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 900_000,
  },
});
