import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ShareImageCache } from '../../../src/lib/share-images/share-image-cache.ts';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rir-share-'));
  dirs.push(dir);
  return join(dir, 'share-images');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ShareImageCache', () => {
  it('renders a vacancy version once, also for requests at the same time and for a new process', async () => {
    const dir = freshDir();
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return new Uint8Array([1, 2, 3]);
    };
    const cache = new ShareImageCache(dir);
    const results = await Promise.all([cache.get('slug:v1', render), cache.get('slug:v1', render), cache.get('slug:v1', render)]);
    expect(results).toEqual([new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3])]);
    expect(await new ShareImageCache(dir).get('slug:v1', render)).toEqual(new Uint8Array([1, 2, 3]));
    expect(renders).toBe(1);
    // A new version of the vacancy is a new image.
    await cache.get('slug:v2', render);
    expect(renders).toBe(2);
  });

  it('keeps the folder bounded: the oldest files go first', async () => {
    const dir = freshDir();
    const cache = new ShareImageCache(dir, { maxFiles: 3 });
    for (let i = 0; i < 6; i++) {
      await cache.get(`slug-${i}:v1`, async () => new Uint8Array([i]));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await cache.sweep();
    expect(readdirSync(dir)).toHaveLength(3);
    let rendered = false;
    expect(await cache.get('slug-5:v1', async () => { rendered = true; return new Uint8Array([9]); })).toEqual(new Uint8Array([5]));
    expect(rendered).toBe(false);
  });
});
