import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiToken } from '../../../src/lib/auth/api-tokens.ts';
import { login } from '../../../src/lib/auth/login.ts';
import { openDatabase, type Database } from '../../../src/lib/db/database.ts';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const serverUrl = process.env.TEST_DATABASE_URL;

// A child process cannot reach an in-memory PGlite, so the CLI is only tested against a server.
describe.skipIf(!serverUrl)('npm run user / npm run token (against TEST_DATABASE_URL)', () => {
  const name = `rir_test_${randomBytes(6).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  let databaseUrl: string;
  let dataDir: string;
  let database: Database;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dataDir = mkdtempSync(join(tmpdir(), 'rir-cli-'));
  });

  afterAll(async () => {
    await database?.close();
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const cli = (script: string, args: string[], extraEnv: Record<string, string> = {}) =>
    run(process.execPath, [join(root, 'scripts', script), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, APP_SECRET: secret, ...extraEnv },
    });

  it('creates a user with the password from RIR_PASSWORD on a fresh database, and lists it', async () => {
    const created = await cli('user.ts', ['create', '--gebruikersnaam', 'Beheer@Rijk.nl', '--rol', 'hr', '--organisatie', 'duo', '--organisatie', 'rvo'], { RIR_PASSWORD: 'correct horse battery' });
    expect(created.stdout.trim()).toMatch(/^Gebruiker beheer@rijk\.nl \(id \d+\) aangemaakt met rol hr voor duo, rvo\.$/);
    const listed = await cli('user.ts', ['list']);
    expect(listed.stdout).toMatch(/beheer@rijk\.nl {2}hr {2}organisaties: duo, rvo {2}laatst ingelogd: -/);

    database = await openDatabase({ kind: 'postgres', url: databaseUrl, maxConnections: 2 });
    const result = await login(database.db, { username: 'beheer@rijk.nl', password: 'correct horse battery', ip: '192.0.2.1' }, { secret });
    expect(result.ok && result.session.user.organisaties).toEqual(['duo', 'rvo']);
  });

  it('refuses a weak password with the policy message and exit code 1', async () => {
    const failed = await cli('user.ts', ['create', '--gebruikersnaam', 'zwak@rijk.nl', '--rol', 'analist'], { RIR_PASSWORD: 'kort' }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: '- Het wachtwoord moet minstens 12 tekens lang zijn.\n' });
  });

  it('refuses to run without a password when there is no terminal', async () => {
    const failed = await cli('user.ts', ['create', '--gebruikersnaam', 'x@rijk.nl', '--rol', 'analist']).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1, stderr: 'Geen wachtwoord: zet RIR_PASSWORD of start het commando in een terminal.\n' });
  });

  it('creates an API token once and revokes it', async () => {
    const created = await cli('token.ts', ['create', '--organisatie', 'duo', '--label', 'ATS koppeling']);
    const [message, token] = created.stdout.trim().split('\n');
    expect(message).toMatch(/^Token \d+ voor duo aangemaakt\. Bewaar het nu: het wordt niet opnieuw getoond\.$/);
    expect(token).toMatch(/^rir_[A-Za-z0-9_-]{43}$/);
    database ??= await openDatabase({ kind: 'postgres', url: databaseUrl, maxConnections: 2 });
    expect(await authenticateApiToken(database.db, `Bearer ${token}`)).toBe('duo');
    const id = /^Token (\d+)/.exec(message!)![1]!;
    expect((await cli('token.ts', ['revoke', '--id', id])).stdout.trim()).toBe(`Token ${id} ingetrokken.`);
    expect(await authenticateApiToken(database.db, `Bearer ${token}`)).toBeNull();
  });
});
