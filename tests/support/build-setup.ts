import { buildIfStale } from '../../scripts/build-if-stale.ts';

/**
 * Builds the site once, before any browser-test worker starts a server from dist/: two test files
 * building at the same time would replace files under a running server.
 */
export function setup() {
  buildIfStale((line) => console.log(`[build-setup] ${line}`));
}
