import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/lib/config/config.ts';
import { configSchema } from '../../../src/lib/config/config-schema.ts';

const SECRET = 'a'.repeat(32);
const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rir-config-'));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The ConfigError a load throws (fails the test when it does not throw one). */
function errorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig defaults', () => {
  it('fills in every default when only APP_SECRET is given', () => {
    const config = loadConfig({ APP_SECRET: SECRET });
    expect(config).toEqual({
      NODE_ENV: 'development',
      DATA_DIR: resolve(process.cwd(), './data'),
      MEILI_INDEX_PREFIX: '',
      HOST: 'localhost',
      PORT: 4321,
      APP_SECRET: SECRET,
      appSecretSource: 'environment',
      PUBLIC_BASE_URL: 'http://localhost:4321',
      DEMO_DATA: 'auto',
      RANDSTAD_PROVINCES: ['PV26', 'PV27', 'PV28'],
      LOG_LEVEL: 'info',
      RETENTION_DAYS: 28,
      RETENTION_DAYS_WITH_CONSENT: 365,
      TRUSTED_PROXIES: '',
      PUBLIC_CACHE_SECONDS: 10,
      WEB_CONCURRENCY: 1,
    });
  });

  it('resolves a relative DATA_DIR against the working directory and keeps an absolute one', () => {
    expect(loadConfig({ APP_SECRET: SECRET, DATA_DIR: 'var/rir' }).DATA_DIR).toBe(resolve(process.cwd(), 'var/rir'));
    expect(loadConfig({ APP_SECRET: SECRET, DATA_DIR: '/srv/rir' }).DATA_DIR).toBe('/srv/rir');
  });

  it('derives PUBLIC_BASE_URL from PORT and drops a trailing slash from a given one', () => {
    expect(loadConfig({ APP_SECRET: SECRET, PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    expect(loadConfig({ APP_SECRET: SECRET, PUBLIC_BASE_URL: 'https://rijkinderegio.nl/' }).PUBLIC_BASE_URL).toBe('https://rijkinderegio.nl');
  });

  it('coerces PORT to a number', () => {
    expect(loadConfig({ APP_SECRET: SECRET, PORT: '80' }).PORT).toBe(80);
  });

  it('treats empty strings as unset', () => {
    const config = loadConfig({ APP_SECRET: SECRET, PORT: '', DATABASE_URL: '', PUBLIC_BASE_URL: '', RANDSTAD_PROVINCES: '', NODE_ENV: '', MEILI_URL: undefined });
    expect(config.PORT).toBe(4321);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.MEILI_URL).toBeUndefined();
    expect(config.PUBLIC_BASE_URL).toBe('http://localhost:4321');
    expect(config.RANDSTAD_PROVINCES).toEqual(['PV26', 'PV27', 'PV28']);
    expect(config.NODE_ENV).toBe('development');
  });

  it('accepts postgres:// and postgresql:// database URLs', () => {
    expect(loadConfig({ APP_SECRET: SECRET, DATABASE_URL: 'postgres://u@h/db' }).DATABASE_URL).toBe('postgres://u@h/db');
    expect(loadConfig({ APP_SECRET: SECRET, DATABASE_URL: 'postgresql://u@h/db' }).DATABASE_URL).toBe('postgresql://u@h/db');
  });
});

describe('loadConfig errors', () => {
  it('rejects PORT "abc" with a one-line message naming PORT', () => {
    const error = errorOf({ APP_SECRET: SECRET, PORT: 'abc' });
    expect(error.name).toBe('ConfigError');
    expect(error.message).toMatch(/^Invalid configuration: PORT /);
    expect(error.message).not.toContain('\n');
  });

  it('rejects ports outside 1–65535 and fractional ports', () => {
    expect(errorOf({ APP_SECRET: SECRET, PORT: '0' }).message).toMatch(/^Invalid configuration: PORT /);
    expect(errorOf({ APP_SECRET: SECRET, PORT: '65536' }).message).toMatch(/^Invalid configuration: PORT /);
    expect(errorOf({ APP_SECRET: SECRET, PORT: '80.5' }).message).toMatch(/^Invalid configuration: PORT /);
  });

  it('rejects a mysql:// DATABASE_URL', () => {
    expect(errorOf({ APP_SECRET: SECRET, DATABASE_URL: 'mysql://x' }).message).toBe('Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL');
  });

  it('refuses production without APP_SECRET and says why', () => {
    expect(errorOf({ NODE_ENV: 'production' }).message).toBe(
      'Invalid configuration: APP_SECRET is required in production (it keys the pseudonymisation of applicant ids and signs sessions)',
    );
    expect(errorOf({ NODE_ENV: 'production', APP_SECRET: '' }).message).toContain('APP_SECRET is required in production');
  });

  it('accepts production with an APP_SECRET', () => {
    const config = loadConfig({ NODE_ENV: 'production', APP_SECRET: SECRET });
    expect(config.appSecretSource).toBe('environment');
  });

  it('rejects an APP_SECRET shorter than 32 characters', () => {
    expect(errorOf({ APP_SECRET: 'a'.repeat(31) }).message).toBe('Invalid configuration: APP_SECRET must be at least 32 characters (use: openssl rand -hex 32)');
  });

  it('rejects a MEILI_URL that is not http(s) and a short MEILI_MASTER_KEY', () => {
    expect(errorOf({ APP_SECRET: SECRET, MEILI_URL: 'ftp://meili' }).message).toBe('Invalid configuration: MEILI_URL must be an http:// or https:// URL');
    expect(errorOf({ APP_SECRET: SECRET, MEILI_MASTER_KEY: 'short' }).message).toBe('Invalid configuration: MEILI_MASTER_KEY must be at least 16 characters');
  });

  it('names the first invalid variable in one line when several are invalid', () => {
    const message = errorOf({ APP_SECRET: SECRET, NODE_ENV: 'staging', PORT: 'abc' }).message;
    expect(message).toMatch(/^Invalid configuration: NODE_ENV /);
    expect(message.split('\n')).toHaveLength(1);
  });
});

describe('generated APP_SECRET outside production', () => {
  it('generates a secret in DATA_DIR on the first load and reuses it on the second', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.appSecretSource).toBe('generated-file');
    expect(first.APP_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(dir, 'app-secret'), 'utf8')).toBe(`${first.APP_SECRET}\n`);
    expect(statSync(join(dir, 'app-secret')).mode & 0o777).toBe(0o600);
    const second = loadConfig({ DATA_DIR: dir, NODE_ENV: 'test' });
    expect(second.APP_SECRET).toBe(first.APP_SECRET);
    expect(second.appSecretSource).toBe('generated-file');
  });

  it('prefers APP_SECRET from the environment over the file', () => {
    const dir = tempDir();
    loadConfig({ DATA_DIR: dir });
    expect(loadConfig({ DATA_DIR: dir, APP_SECRET: SECRET }).APP_SECRET).toBe(SECRET);
  });

  it('refuses a secret file that is empty or too short instead of using a weak secret', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'app-secret'), '\n');
    expect(errorOf({ DATA_DIR: dir }).message).toBe(
      `Invalid configuration: APP_SECRET in ${join(dir, 'app-secret')} must be at least 32 characters (delete the file to generate a new one)`,
    );
  });
});

describe('RANDSTAD_PROVINCES', () => {
  it('parses a comma-separated list with spaces', () => {
    expect(loadConfig({ APP_SECRET: SECRET, RANDSTAD_PROVINCES: 'PV26, PV27' }).RANDSTAD_PROVINCES).toEqual(['PV26', 'PV27']);
    expect(loadConfig({ APP_SECRET: SECRET, RANDSTAD_PROVINCES: 'PV20,,PV31,' }).RANDSTAD_PROVINCES).toEqual(['PV20', 'PV31']);
  });

  it('rejects codes outside PV20–PV31', () => {
    expect(errorOf({ APP_SECRET: SECRET, RANDSTAD_PROVINCES: 'PV99' }).message).toBe('Invalid configuration: RANDSTAD_PROVINCES.0 verwacht CBS-provinciecodes zoals PV27');
    expect(errorOf({ APP_SECRET: SECRET, RANDSTAD_PROVINCES: 'PV26,PV19' }).message).toBe('Invalid configuration: RANDSTAD_PROVINCES.1 verwacht CBS-provinciecodes zoals PV27');
    expect(errorOf({ APP_SECRET: SECRET, RANDSTAD_PROVINCES: 'pv26' }).message).toMatch(/^Invalid configuration: RANDSTAD_PROVINCES\.0 /);
  });

  it('rejects a list of only separators', () => {
    expect(errorOf({ APP_SECRET: SECRET, RANDSTAD_PROVINCES: ' , ' }).message).toMatch(/^Invalid configuration: RANDSTAD_PROVINCES /);
  });
});

describe('configSchema', () => {
  it('rejects an unknown LOG_LEVEL and DEMO_DATA', () => {
    expect(configSchema.safeParse({ LOG_LEVEL: 'trace' }).success).toBe(false);
    expect(configSchema.safeParse({ DEMO_DATA: 'on' }).success).toBe(false);
  });

  it('allows only a-z, 0-9, _ and - in MEILI_INDEX_PREFIX', () => {
    expect(configSchema.safeParse({ MEILI_INDEX_PREFIX: 'test_1-' }).success).toBe(true);
    expect(configSchema.safeParse({ MEILI_INDEX_PREFIX: 'Test' }).error?.issues[0]?.message).toBe('only a-z, 0-9, _ and -');
  });
});
