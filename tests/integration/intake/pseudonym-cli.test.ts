import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/lib/db/database.ts';
import { pseudonymKeyId } from '../../../src/lib/secrets/pseudonym-keys.ts';
import { importCsv } from '../../support/intake-fixtures.ts';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const serverUrl = process.env.TEST_DATABASE_URL;
const OLD = 'old-secret-for-the-cli-0123456789abcdef';
const NEW = 'new-secret-for-the-cli-0123456789abcdef';
const NOW = new Date();
const today = NOW.toISOString().slice(0, 10);
const CSV = ['sollicitant_id,vacature,werkplaats_gemeente,sollicitatiedatum,postcode,fase,uitkomst,toestemming_bewaren', ...Array.from({ length: 12 }, (_, i) => `c${i},EIGEN-${i % 3},GM0014,${today},9711,sollicitatie,lopend,nee`)].join('\n');

// A child process cannot reach an in-memory PGlite, so the CLI is only tested against a server.
describe.skipIf(!serverUrl)('npm run pseudoniemen (against TEST_DATABASE_URL)', () => {
  const name = `rir_test_${randomBytes(6).toString('hex')}`;
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

  const cli = (args: string[], env: Record<string, string>) =>
    run(process.execPath, [join(root, 'scripts', 'pseudonyms.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, ...env },
    }).then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (error: { code: number; stdout: string; stderr: string }) => error);
  const rotated = { APP_SECRET: NEW, APP_SECRET_PREVIOUS: OLD };

  it('keeps an old value while applications need it, refuses its removal, and allows it after the next import', async () => {
    expect((await cli([], { APP_SECRET: OLD })).code).toBe(0); // prepares the database (migrations, organisations)
    database = await openDatabase({ kind: 'postgres', url: databaseUrl, maxConnections: 2 });
    expect((await importCsv(database.db, 'duo', CSV, { secret: OLD, now: NOW })).accepted).toBe(12);

    const overview = await cli([], rotated);
    expect(overview.code).toBe(0);
    expect(overview.stdout).toContain(`${pseudonymKeyId(NEW)}  APP_SECRET   `);
    expect(overview.stdout).toMatch(new RegExp(`${pseudonymKeyId(OLD)}  APP_SECRET_PREVIOUS #1 +12 sollicitaties  nog nodig — laten staan; organisaties: duo`));

    const refused = await cli(['kan-weg', '1'], rotated);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^Waarde 1 van APP_SECRET_PREVIOUS \\(sleutel ${pseudonymKeyId(OLD)}\\) is nog nodig: 12 sollicitaties \\(duo\\)`));

    const removed = await cli([], { APP_SECRET: NEW });
    expect(removed.code).toBe(1);
    expect(removed.stdout).toMatch(new RegExp(`${pseudonymKeyId(OLD)}  niet ingesteld +12 sollicitaties  NIET INGESTELD`));

    expect((await importCsv(database.db, 'duo', CSV, { secret: NEW, previousSecrets: [OLD], now: NOW })).rekeyed).toBe(12);
    const allowed = await cli(['kan-weg', pseudonymKeyId(OLD)], rotated);
    expect(allowed).toMatchObject({ code: 0, stdout: `Waarde 1 van APP_SECRET_PREVIOUS (sleutel ${pseudonymKeyId(OLD)}) wordt door geen enkele sollicitatie meer gebruikt: deze waarde mag uit APP_SECRET_PREVIOUS.\n` });
  });

  it('prints its usage and exit code 1 for an unknown command', async () => {
    const result = await cli(['weg'], rotated);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Gebruik:\n {2}npm run pseudoniemen /);
  });
});
