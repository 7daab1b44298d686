import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedMeili, type MeiliProcess } from '../../src/lib/search/meili-process.ts';
import { buildIfStale } from '../../scripts/build-if-stale.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliKey: string;
  }
}

let meili: MeiliProcess | undefined;
let dataDir: string | undefined;

/**
 * Starts one real Meilisearch for the whole run (random loopback port, temporary data folder),
 * unless TEST_MEILI_URL points at a server that CI started. Test files use their own index names.
 */
export async function setup(project: TestProject) {
  // Build the site once, before any worker starts a server from dist/: two test files building
  // at the same time would replace files under a running server.
  buildIfStale((line) => console.log(`[global-setup] ${line}`));
  if (process.env.TEST_MEILI_URL) {
    project.provide('meiliUrl', process.env.TEST_MEILI_URL);
    project.provide('meiliKey', process.env.TEST_MEILI_MASTER_KEY ?? '');
    return;
  }
  dataDir = mkdtempSync(join(tmpdir(), 'rir-meili-'));
  meili = await startEmbeddedMeili({ dataDir });
  project.provide('meiliUrl', meili.url);
  project.provide('meiliKey', meili.masterKey);
}

export async function teardown() {
  await meili?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
