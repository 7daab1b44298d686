import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedMeiliUnavailable, MEILI_LINUX_X64_SHA256, embeddedMeiliBinary, sha256File, verifyBinary } from '../../../src/lib/search/meili-binary.ts';
import { MEILI_PID_FILE, restartDelayMs, startEmbeddedMeili } from '../../../src/lib/search/meili-process.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rir-meili-sup-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !check()) await new Promise((r) => setTimeout(r, 100));
  return check();
}

// Issue 11 defect 12: the binary was executed without a checksum.
describe('the Meilisearch binary', () => {
  it('is the pinned file, and a file with another digest is refused before it runs', async () => {
    const binary = embeddedMeiliBinary();
    expect(await sha256File(binary)).toBe(MEILI_LINUX_X64_SHA256);
    const dir = tempDir();
    const fake = join(dir, 'meilisearch');
    writeFileSync(fake, '#!/bin/sh\necho not meilisearch\n', { mode: 0o755 });
    await expect(verifyBinary(fake, MEILI_LINUX_X64_SHA256, dir)).rejects.toThrow(EmbeddedMeiliUnavailable);
    await expect(verifyBinary(fake, MEILI_LINUX_X64_SHA256, dir)).rejects.toThrow(/does not have the expected SHA-256/);
  });
});

// Issue 11 defect 6: never restarted after a kill; an orphan shared data.ms with the next start.
describe('the supervised embedded Meilisearch', () => {
  it('backs off 2, 4, 8, 16 s, then at most 30 s', () => {
    expect([1, 2, 3, 4, 5, 9].map(restartDelayMs)).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('stops an orphan left on its data folder by a dead parent before it starts', async () => {
    const dataDir = tempDir();
    // A stand-in orphan whose command line names this folder's data.ms, like a real one would.
    const orphan = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', join(dataDir, 'data.ms')], { stdio: 'ignore', detached: true });
    orphan.unref();
    const deadParent = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    writeFileSync(join(dataDir, MEILI_PID_FILE), JSON.stringify({ pid: orphan.pid, parentPid: deadParent, url: 'http://127.0.0.1:1', masterKey: 'x'.repeat(16) }));
    expect(alive(orphan.pid!)).toBe(true);
    const meili = await startEmbeddedMeili({ dataDir, log: () => {} });
    try {
      expect(await waitFor(() => !alive(orphan.pid!), 10_000)).toBe(true);
      expect((await fetch(`${meili.url}/health`)).ok).toBe(true);
    } finally {
      await meili.stop();
    }
  }, 60_000);

  it('restarts a killed Meilisearch on the same address and reports the state meanwhile', async () => {
    const dataDir = tempDir();
    const lines: string[] = [];
    const meili = await startEmbeddedMeili({ dataDir, log: (line) => lines.push(line) });
    try {
      const first = meili.pid;
      process.kill(first, 'SIGKILL');
      expect(await waitFor(() => meili.state === 'restarting', 5000)).toBe(true);
      expect(await waitFor(() => meili.state === 'running' && meili.pid !== first, 60_000)).toBe(true);
      expect(meili.restarts).toBe(1);
      expect((await fetch(`${meili.url}/health`)).ok).toBe(true);
      expect(lines.join('\n')).toMatch(/exited \(SIGKILL\); restarting in 2 s/);
    } finally {
      await meili.stop();
    }
    expect(meili.state).toBe('stopped');
  }, 90_000);
});
