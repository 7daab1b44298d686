import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedMeili, type MeiliProcess } from '../../src/lib/search/meili-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliKey: string;
  }
}

/**
 * Starts one real Meilisearch per test project that needs it (random loopback port, temporary data
 * folder), unless TEST_MEILI_URL points at a server that CI started. Test files use their own index
 * names. Returns its own teardown, so two projects sharing this file each stop their own server.
 */
export async function setup(project: TestProject) {
  if (process.env.TEST_MEILI_URL) {
    project.provide('meiliUrl', process.env.TEST_MEILI_URL);
    project.provide('meiliKey', process.env.TEST_MEILI_MASTER_KEY ?? '');
    return undefined;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'rir-meili-'));
  const meili: MeiliProcess = await startEmbeddedMeili({ dataDir });
  project.provide('meiliUrl', meili.url);
  project.provide('meiliKey', meili.masterKey);
  return async () => {
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
