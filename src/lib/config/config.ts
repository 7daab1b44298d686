import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { configSchema, type EnvConfig } from './config-schema.ts';

/** Application configuration, resolved from the environment once. */
export type AppConfig = Omit<EnvConfig, 'APP_SECRET' | 'PUBLIC_BASE_URL' | 'DATA_DIR'> & {
  DATA_DIR: string;
  APP_SECRET: string;
  PUBLIC_BASE_URL: string;
  /** Where the secret came from, so start-up can say so. */
  appSecretSource: 'environment' | 'generated-file';
};

/** A configuration problem, phrased as one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates environment variables and fills in defaults.
 * Outside production a missing APP_SECRET is generated once and kept in DATA_DIR, so pseudonyms
 * stay stable between runs; in production it must be given, because losing it breaks every pseudonym.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}`);
  }
  const base = parsed.data;
  const dataDir = isAbsolute(base.DATA_DIR) ? base.DATA_DIR : resolve(process.cwd(), base.DATA_DIR);
  let appSecret = base.APP_SECRET;
  let appSecretSource: AppConfig['appSecretSource'] = 'environment';
  if (!appSecret) {
    if (base.NODE_ENV === 'production') {
      throw new ConfigError(
        'Invalid configuration: APP_SECRET is required in production (it keys the pseudonymisation of applicant ids and signs sessions)',
      );
    }
    appSecret = readOrCreateSecret(dataDir);
    appSecretSource = 'generated-file';
  }
  return {
    ...base,
    DATA_DIR: dataDir,
    APP_SECRET: appSecret,
    appSecretSource,
    PUBLIC_BASE_URL: (base.PUBLIC_BASE_URL ?? `http://localhost:${base.PORT}`).replace(/\/$/, ''),
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'app-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    // A truncated or hand-edited file must not silently become a weak (or empty) secret.
    if (stored.length < 32) throw new ConfigError(`Invalid configuration: APP_SECRET in ${file} must be at least 32 characters (delete the file to generate a new one)`);
    return stored;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

let cached: AppConfig | undefined;

/** The process-wide configuration (parsed on first use). */
export function getConfig(): AppConfig {
  cached ??= loadConfig();
  return cached;
}
