import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const STAMP = join(ROOT, 'dist', '.build-stamp');
const INPUTS = ['src', 'content', 'db', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the site with `astro build` unless dist/ is newer than every input. Returns whether it built. */
export function buildIfStale(log: (line: string) => void): boolean {
  const inputs = Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p))));
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs >= inputs && existsSync(join(ROOT, 'dist/server/entry.mjs'))) {
    log('site build is up to date');
    return false;
  }
  log('building the site (astro build)…');
  // Built the same way for `npm start`, CI and the tests: without the test runner's NODE_ENV and without
  // secrets, so nothing that needs runtime configuration can slip into a prerendered page unnoticed.
  const { NODE_ENV: _nodeEnv, APP_SECRET: _secret, APP_SECRET_PREVIOUS: _previous, ...env } = process.env;
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('astro build failed; see the output above');
  writeFileSync(STAMP, new Date().toISOString());
  return true;
}
