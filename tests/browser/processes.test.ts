import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchBrowser } from '../support/browser.ts';
import { runCli, startSite, type SiteServer } from '../support/site-server.ts';
import { vacancyInput } from '../support/vacancy-fixtures.ts';

/** A closing day two months ahead (inputs more than two years ahead are refused). */
const SOON = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

// Issue 11, defects 6 and 7: CLIs beside a running server opened the same PGlite folder (WebAssembly
// aborts, a token that did not work, corruption), and a Meilisearch child outlived a killed server.
// HTTP and processes; only the search-fallback test drives Chromium (skipped without it).
// A server of its own, not the shared demo site: these tests kill its Meilisearch, try a second start on its
// folder and kill the server itself, which would pull the site from under the files running beside this one.

const itInBrowser = CHROMIUM ? it : it.skip;

const THROUGH_SOCKET = /the running server \(pid \d+\) owns .*pglite; working through its socket/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

describe('one owner of the embedded database, a supervised Meilisearch', () => {
  let site: SiteServer;
  let browser: Browser | null = null;
  let dataDir = '';

  beforeAll(async () => {
    // No demo data: this is about processes, and a demo seed takes minutes on a loaded machine.
    site = await startSite({ keepData: true, env: { DEMO_DATA: 'off' } });
    dataDir = site.dataDir;
    if (CHROMIUM) browser = await launchBrowser();
  });

  /** Whether a Meilisearch other than `killed` runs (the supervisor may be rewriting server.json: not yet, then). */
  function restartedPid(killed: number): boolean {
    try {
      return site.meiliPid() !== killed;
    } catch {
      return false;
    }
  }

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs every CLI beside the running server, through its socket, and what they write works', async () => {
    const lock = JSON.parse(readFileSync(join(dataDir, 'pglite.lock'), 'utf8')) as { pid: number; socketDir: string };
    expect(lock.pid).toBe(site.pid);

    const migrate = runCli(dataDir, ['scripts/db-migrate.ts']);
    expect(migrate.status, migrate.stderr).toBe(0);
    expect(migrate.stderr).toMatch(THROUGH_SOCKET);

    const token = runCli(dataDir, ['scripts/token.ts', 'create', '--organisatie', 'duo', '--label', 'naast de server']);
    expect(token.status, token.stderr).toBe(0);
    expect(token.stderr).toMatch(THROUGH_SOCKET);
    const secret = /rir_[A-Za-z0-9_-]+/.exec(token.stdout)?.[0] ?? '';
    // The token made beside the server works at once (it did not, before: issue 11 defect 7).
    const body = { ...vacancyInput({ kenmerk: 'NAAST-1', titel: 'Beleidsmedewerker naast de server' }), gepubliceerdOp: '2026-11-01', sluitingsdatum: SOON };
    const published = await fetch(`${site.url}/api/v1/vacatures`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` }, body: JSON.stringify(body) });
    expect(published.status).toBe(201);

    const user = runCli(dataDir, ['scripts/user.ts', 'create', '--gebruikersnaam', 'naast@duo.example', '--rol', 'analist'], { RIR_PASSWORD: 'Een-lang-genoeg-wachtwoord-42' });
    expect(user.status, user.stderr).toBe(0);
    const users = runCli(dataDir, ['scripts/user.ts', 'list']);
    expect(users.stdout).toContain('naast@duo.example');

    const file = join(dataDir, 'vacatures.json');
    writeFileSync(file, JSON.stringify([{ ...vacancyInput({ kenmerk: 'NAAST-2', titel: 'Jurist zeepbelrecht naast de server' }), gepubliceerdOp: '2026-11-01', sluitingsdatum: SOON }]));
    const imported = runCli(dataDir, ['scripts/import.ts', 'vacatures', file, '--organisatie', 'duo']);
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(THROUGH_SOCKET);
    // The import reached the server's database and its search index.
    const found = (await (await fetch(`${site.url}/api/v1/vacatures?q=zeepbelrecht`)).json()) as { totaal: number };
    expect(found.totaal).toBe(1);

    const retention = runCli(dataDir, ['scripts/retention.ts']);
    expect(retention.status, retention.stderr).toBe(0);
    expect(retention.stderr).toMatch(THROUGH_SOCKET);

    // The server kept serving all along.
    expect((await fetch(`${site.url}/api/v1/health`)).status).toBe(200);
  }, 240_000);

  itInBrowser('keeps answering searches from PostgreSQL when Meilisearch is killed, and restarts it', async () => {
    // The supervisor waits 2 s before its first restart, and a Meilisearch without demo data is back in a moment:
    // shorter than one page load at load 14 (the page then met the restarted engine and no notice). So it is killed
    // again right after each restart, a crash loop, until the backoff (2, 4, 8, 16 s) leaves a 16 s window in which
    // the fallback answers. The vacancy found is "Beleidsmedewerker naast de server" (Groningen), published by the
    // first test.
    let killed = 0;
    for (let kill = 1; kill <= 4; kill++) {
      if (kill > 1) expect(await waitFor(async () => restartedPid(killed) && (await fetch(`${site.url}/api/v1/health`)).status === 200, 60_000)).toBe(true);
      killed = site.meiliPid();
      process.kill(killed, 'SIGKILL');
    }
    const page = await browser!.newPage();
    const response = await page.goto(`${site.url}/vacatures?q=beleidsmedewerker&provincie=groningen`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('.rir-notice').first().textContent()).toContain('De zoekmachine is tijdelijk niet bereikbaar');
    expect(await page.locator('#resultaten').textContent()).toMatch(/^\d+ vacatures? voor "beleidsmedewerker" in Groningen$/);
    // Health says so while it is down; on a quick machine the supervisor may already have it back.
    const health = await fetch(`${site.url}/api/v1/health`);
    const body = (await health.json()) as { database: { status: string }; search: { status: string } };
    expect(body.database.status).toBe('ok');
    expect(health.status === 503 ? body.search.status : 'ok').toMatch(/^(down|ok)$/);
    if (health.status === 503) expect(body.search.status).not.toBe('ok');
    await page.close();
    // Supervised: a new Meilisearch process answers again, and health says so.
    const deadline = Date.now() + 60_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      await new Promise((r) => setTimeout(r, 500));
      status = (await fetch(`${site.url}/api/v1/health`)).status;
    }
    expect(status).toBe(200);
    expect(site.meiliPid()).not.toBe(killed);
  }, 240_000); // three restarts (2 + 4 + 8 s), the 16 s window and the last restart on a busy machine

  it('a second npm start on the same folder refuses clearly instead of opening it', async () => {
    await expect(startSite({ dataDir, keepData: true, env: { DEMO_DATA: 'off' } })).rejects.toThrow(/owned by process \d+/);
  }, 240_000);

  it('when the server is killed, its Meilisearch dies with it, and the next start takes the folder over', async () => {
    const meili = site.meiliPid();
    process.kill(site.pid, 'SIGKILL');
    await site.exited;
    expect(await waitFor(() => !alive(meili), 30_000)).toBe(true);
    // Stale lock and pid files from the killed server do not stop the next start.
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(true);
    site = await startSite({ dataDir, keepData: true, env: { DEMO_DATA: 'off' } });
    expect((await fetch(`${site.url}/api/v1/health`)).status).toBe(200);
    const found = (await (await fetch(`${site.url}/api/v1/vacatures?q=zeepbelrecht`)).json()) as { totaal: number };
    expect(found.totaal).toBe(1);
  }, 300_000);
});
