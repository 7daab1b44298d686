import { writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startSite } from './site-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser project's one demo site: its URL, data folder and what `npm start` printed while starting. */
    demoSite: { url: string; dataDir: string; startOutput: string };
  }
}

/**
 * Starts ONE demo site for the whole browser project (after build-setup): migrations, reference and demo data,
 * embedded Meilisearch, like `npm start`. Test files reach it through `demoSite()` (tests/support/demo-site.ts);
 * a demo seed took 1–2 minutes per file when every file started its own site. Set SITE_OUTPUT_FILE to keep what
 * the server printed (for debugging a failure).
 */
export async function setup(project: TestProject) {
  const started = performance.now();
  // The demo seed (2,500 vacancies, 45,000 applications) and its index: over 5 minutes at load 28.
  const site = await startSite({ startTimeoutMs: 840_000 });
  console.log(`[demo-site] ${site.url} (data folder ${site.dataDir}) started in ${Math.round((performance.now() - started) / 1000)} s`);
  project.provide('demoSite', { url: site.url, dataDir: site.dataDir, startOutput: site.output() });
  // Every file after a crash of the shared site fails with ECONNREFUSED: say at once why it stopped.
  let stopping = false;
  void site.exited.then(() => {
    if (!stopping) console.error(`[demo-site] the shared demo site exited while the tests ran; its last output:\n${site.output().slice(-8000)}`);
  });
  return async () => {
    stopping = true;
    if (process.env.SITE_OUTPUT_FILE) writeFileSync(process.env.SITE_OUTPUT_FILE, site.output());
    await site.stop();
  };
}
