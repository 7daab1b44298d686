/**
 * npm run bench — every benchmark of issue 12 in ONE run, on the local PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test, the machine's own server), one part after another so that no two share
 * the machine: search, pages, import (PostgreSQL at 1,000,000 rows, then embedded PGlite at 100,000 beside it),
 * dashboards (BENCH_DASHBOARD_SIZES, default 1M, 5M and 20M applications: the cost curve). Each part writes its own
 * JSON in bench/results/; this prints their tables and one list of goals (met / NOT MET) with, for each goal not
 * met, where the time goes and what would close it; writes bench/runs/bench-<date>.json and bench/RESULTS.md
 * (the reliability section of RESULTS.md, from `npm run test:reliability`, is kept as it was).
 * BENCH_PARTS (e.g. "search,pages") runs a subset, for trying things; RESULTS.md is then left alone.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchEnvironment, describeEnvironment } from './bench-environment.ts';
import { NOT_MET_PROFILES } from './not-met-profiles.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const RESULTS_DIR = join(ROOT, 'bench/results');
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Part {
  name: string;
  title: string;
  script: string;
  env: Record<string, string>;
}

const PARTS: Part[] = [
  { name: 'search', title: 'Search (`npm run bench:search`, PostgreSQL)', script: 'bench/search-bench.ts', env: { BENCH_DATABASE_URL: DATABASE_URL } },
  { name: 'pages', title: 'Pages (`npm run bench:pages`, PostgreSQL)', script: 'bench/page-bench.ts', env: { BENCH_DATABASE_URL: DATABASE_URL } },
  { name: 'import-postgres', title: 'Application import on PostgreSQL (`npm run bench:import`)', script: 'bench/import-bench.ts', env: { BENCH_DATABASE_URL: DATABASE_URL } },
  // The embedded default beside it (the issue asks for PGlite's figure too): no BENCH_DATABASE_URL.
  { name: 'import-pglite', title: 'Application import on PGlite, the embedded default', script: 'bench/import-bench.ts', env: { BENCH_DATABASE_URL: '' } },
  {
    name: 'dashboards',
    title: 'Dashboards (`npm run bench:dashboards`, PostgreSQL)',
    script: 'bench/dashboard-bench.ts',
    env: { BENCH_DATABASE_URL: DATABASE_URL, BENCH_DASHBOARD_SIZES: process.env.BENCH_DASHBOARD_SIZES ?? '1000000,5000000,20000000' },
  },
];

const wanted = process.env.BENCH_PARTS?.split(',').map((p) => p.trim());
const parts = wanted ? PARTS.filter((p) => wanted.some((w) => p.name.startsWith(w))) : PARTS;

/** Runs one part as its own process (output shown as it comes); returns the JSON files it wrote. */
async function runPart(part: Part): Promise<{ files: string[]; seconds: number; exitCode: number }> {
  const before = new Set(existsSync(RESULTS_DIR) ? readdirSync(RESULTS_DIR) : []);
  const started = performance.now();
  const { BENCH_DATABASE_URL: url, ...rest } = part.env;
  const env: NodeJS.ProcessEnv = { ...process.env, ...rest };
  if (url) env.BENCH_DATABASE_URL = url;
  else delete env.BENCH_DATABASE_URL;
  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [part.script], { cwd: ROOT, env, stdio: 'inherit' });
    child.once('exit', (code) => resolve(code ?? 1));
  });
  const files = (existsSync(RESULTS_DIR) ? readdirSync(RESULTS_DIR) : []).filter((f) => f.endsWith('.json') && !before.has(f)).map((f) => join(RESULTS_DIR, f));
  return { files, seconds: Math.round((performance.now() - started) / 1000), exitCode };
}

const environment = await benchEnvironment({ databaseUrl: DATABASE_URL });
const startedAt = new Date().toISOString();
const outcomes: { part: Part; seconds: number; exitCode: number; jsons: Record<string, any>[] }[] = [];
for (const part of parts) {
  console.log(`\n=== bench: ${part.name} (${part.script}) ===\n`);
  const { files, seconds, exitCode } = await runPart(part);
  const jsons = files.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, any>);
  outcomes.push({ part, seconds, exitCode, jsons });
  if (exitCode !== 0) console.error(`bench: ${part.name} exited with ${exitCode}`);
}

const goals = outcomes.flatMap((o) => o.jsons.flatMap((j) => (Array.isArray(j.goals) ? (j.goals as string[]) : [])));
const notMet = goals.filter((g) => g.startsWith('goal NOT MET'));
const profiles = NOT_MET_PROFILES.filter((p) => notMet.some((g) => p.matches.test(g)));
const summary = [
  `# Benchmark results`,
  '',
  `Written by \`npm run bench\` (bench/run-all.ts) from ONE run that began ${startedAt.slice(0, 16).replace('T', ' ')} UTC, its parts one after another;`,
  `every table says what ran it. The machine is a shared 2-core VM: compare figures only at similar load.`,
  `Each part's JSON is in \`bench/runs/bench-${startedAt.slice(0, 10)}.json\`. Parts: ${outcomes.map((o) => `${o.part.name} ${o.seconds} s${o.exitCode ? ` (exit ${o.exitCode})` : ''}`).join(', ')}.`,
  '',
  `> ${describeEnvironment(environment)}`,
  '',
  '## Goals of issue 12',
  '',
  '```',
  ...goals,
  '```',
  '',
  ...(profiles.length ? ['## Goals not met: where the time goes and what would close it', '', ...profiles.flatMap((p) => [`### ${p.title}`, '', p.text, ''])] : []),
  ...outcomes.flatMap((o) => [`## ${o.part.title}`, '', ...o.jsons.flatMap((j) => [String(j.table ?? '').replace(/^(\d{4}-\d{2}-\d{2} · .*)$/m, '> $1'), '']), ...(o.exitCode ? [`**This part failed (exit ${o.exitCode}); see the run's output.**`, ''] : [])]),
].join('\n');

console.log(`\n${'='.repeat(100)}\n${goals.join('\n')}\n`);
for (const p of profiles) console.log(`${p.title}:\n${p.text}\n`);

if (!wanted) {
  mkdirSync(join(ROOT, 'bench/runs'), { recursive: true });
  const runFile = join(ROOT, 'bench/runs', `bench-${startedAt.slice(0, 10)}.json`);
  writeFileSync(runFile, `${JSON.stringify({ environment, startedAt, parts: outcomes.map((o) => ({ name: o.part.name, seconds: o.seconds, exitCode: o.exitCode, results: o.jsons })), goals }, null, 2)}\n`);
  const resultsFile = join(ROOT, 'bench/RESULTS.md');
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
  const reliability = previous.indexOf('## Reliability');
  writeFileSync(resultsFile, `${summary}\n${reliability >= 0 ? previous.slice(reliability) : ''}`);
  console.log(`written ${runFile} and bench/RESULTS.md`);
}
process.exitCode = outcomes.some((o) => o.exitCode !== 0) ? 1 : 0;
