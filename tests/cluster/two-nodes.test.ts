import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli, startSite, type SiteServer } from '../support/site-server.ts';
import { vacancyInput } from '../support/vacancy-fixtures.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
const RETENTION_JOB = 'retention of application microdata';

describe('two app nodes on one PostgreSQL and one Meilisearch, started together', () => {
  const name = `rir_cluster_${randomBytes(5).toString('hex')}`;
  let databaseUrl = '';
  let nodes: SiteServer[] = [];
  let admin: pg.Client;

  beforeAll(async () => {
    if (!serverUrl) throw new Error('npm run test:cluster needs TEST_DATABASE_URL (a PostgreSQL server where it may create a database)');
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    const env = {
      DATABASE_URL: databaseUrl,
      MEILI_URL: inject('meiliUrl'),
      MEILI_MASTER_KEY: inject('meiliKey'),
      MEILI_INDEX_PREFIX: `c${randomBytes(4).toString('hex')}_`,
      // Every node of one installation shares its secret (sessions, pseudonyms, demo passwords).
      APP_SECRET: randomBytes(32).toString('hex'),
      RIR_JOBS_START_DELAY_MS: '3000',
    };
    // Started at the same moment, like an orchestrator does: both migrate, seed and index.
    nodes = await Promise.all([startSite({ env }), startSite({ env })]);
  });

  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await admin?.query(`drop database if exists ${name} with (force)`);
    await admin?.end();
  });

  it('both serve, and the demo data was seeded once', async () => {
    for (const node of nodes) expect((await fetch(`${node.url}/api/v1/health`)).status).toBe(200);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query('select count(*)::int as n, count(distinct slug)::int as slugs from vacature').finally(() => client.end());
    expect(rows[0].n).toBeGreaterThan(0);
    expect(rows[0].n).toBe(rows[0].slugs);
    const seededBy = nodes.filter((n) => n.output().includes('demo data: loaded'));
    expect(seededBy).toHaveLength(1);
  });

  it('share a session: logged in on node A, the dashboard works on node B', async () => {
    const [a, b] = nodes as [SiteServer, SiteServer];
    const password = /analist\s+analist@demo\.rijkinderegio\.example\s+wachtwoord: (\S+)/.exec(a.output())?.[1];
    expect(password).toBeTruthy();
    const login = await fetch(`${a.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: a.url },
      body: new URLSearchParams({ gebruikersnaam: 'analist@demo.rijkinderegio.example', wachtwoord: password!, terug: '/dashboard/rijk' }),
    });
    expect(login.status).toBe(303);
    const cookie = /rir_sessie=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
    expect(cookie).toBeTruthy();
    const onB = await fetch(`${b.url}/dashboard/rijk`, { headers: { Cookie: cookie! }, redirect: 'manual' });
    expect(onB.status).toBe(200);
    const anonymous = await fetch(`${b.url}/dashboard/rijk`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
  });

  it('agree on search', async () => {
    const answers = await Promise.all(nodes.map(async (n) => (await (await fetch(`${n.url}/api/v1/vacatures?q=beleidsmedewerker&paginaGrootte=20`)).json()) as { totaal: number; vacatures?: { id: string }[] }));
    expect(answers[0]!.totaal).toBeGreaterThan(0);
    // Links carry each node's own base URL; the hits and totals must be the same.
    const view = (a: (typeof answers)[number]) => ({ totaal: a.totaal, ids: a.vacatures?.map((v) => v.id) });
    expect(view(answers[1]!)).toEqual(view(answers[0]!));
  });

  it('ten identical publishes spread over both nodes give no 500 and one vacancy', async () => {
    const token = /rir_[A-Za-z0-9_-]+/.exec(runCli(nodes[0]!.dataDir, ['scripts/token.ts', 'create', '--organisatie', 'duo', '--label', 'cluster'], { DATABASE_URL: databaseUrl }).stdout)?.[0];
    expect(token).toBeTruthy();
    const body = JSON.stringify({ ...vacancyInput({ kenmerk: 'CLUSTER-1', titel: 'Coördinator zeepbelcluster' }), gepubliceerdOp: '2026-11-01', sluitingsdatum: '2099-12-31' });
    const statuses = await Promise.all(Array.from({ length: 10 }, (_, i) => fetch(`${nodes[i % 2]!.url}/api/v1/vacatures`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body }).then((r) => r.status)));
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
  });

  it('runs a background job once per period across the nodes', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      let row: { aantal_runs: number; resultaat: string | null } | undefined;
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        row = (await client.query('select aantal_runs, resultaat from taak_run where naam = $1', [RETENTION_JOB])).rows[0];
        if (row?.resultaat) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      // Both nodes tried soon after start; one claimed the period and ran it.
      expect(row).toEqual({ aantal_runs: 1, resultaat: 'ok' });
    } finally {
      await client.end();
    }
  });
});
