import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Share images on disk under DATA_DIR, one file per vacancy version: rendering costs ~75 ms of CPU, and an
 * in-memory cache of 500 was emptied by anyone requesting 500 slugs. Only images of existing vacancies reach this
 * cache (the route looks the vacancy up first), the version is part of the key, and the folder is bounded.
 */
export class ShareImageCache {
  private readonly dir: string;
  private readonly maxFiles: number;
  private readonly inFlight = new Map<string, Promise<Uint8Array>>();
  private writesSinceSweep = 0;

  constructor(dir: string, options: { maxFiles?: number } = {}) {
    this.dir = dir;
    this.maxFiles = options.maxFiles ?? 5000;
  }

  /** The file of a key: a hash, so a key never becomes a path. */
  private fileOf(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.png`);
  }

  /**
   * The cached PNG for `key`, or `render()` once (also when several requests ask at the same time), stored for
   * next time. A failing disk only costs the cache, never the image.
   */
  async get(key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const file = this.fileOf(key);
    const cached = await readFile(file).catch(() => null);
    if (cached) return new Uint8Array(cached);
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = (async () => {
        const png = await render();
        await this.store(file, png).catch(() => undefined);
        return png;
      })().finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  /** Writes atomically (temp file + rename) and sweeps the folder every 100 writes. */
  private async store(file: string, png: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temp, png);
    await rename(temp, file);
    if (++this.writesSinceSweep >= 100) {
      this.writesSinceSweep = 0;
      await this.sweep();
    }
  }

  /** Removes the least recently written files beyond `maxFiles` (old versions of changed vacancies go first). */
  async sweep(): Promise<void> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((n) => n.endsWith('.png'));
    if (names.length <= this.maxFiles) return;
    const withTimes = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(join(this.dir, name)).catch(() => null))?.mtimeMs ?? 0 })));
    withTimes.sort((a, b) => a.mtime - b.mtime);
    for (const { name } of withTimes.slice(0, withTimes.length - this.maxFiles)) await unlink(join(this.dir, name)).catch(() => undefined);
  }
}
