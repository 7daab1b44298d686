import { beforeEach, describe, expect, it } from 'vitest';
import { onShutdown, runShutdownHooks } from '../../../src/lib/lifecycle/shutdown.ts';

// Hooks live on globalThis; drain whatever an earlier test left behind.
beforeEach(async () => {
  await runShutdownHooks();
});

describe('runShutdownHooks', () => {
  it('runs the hooks newest first and logs each', async () => {
    const order: string[] = [];
    onShutdown('database', () => {
      order.push('database');
    });
    onShutdown('meilisearch', async () => {
      await Promise.resolve();
      order.push('meilisearch');
    });
    const log: string[] = [];
    await runShutdownHooks((line) => log.push(line));
    expect(order).toEqual(['meilisearch', 'database']);
    expect(log).toEqual(['stopped meilisearch', 'stopped database']);
  });

  it('runs each hook once, even when called twice', async () => {
    let runs = 0;
    onShutdown('once', () => {
      runs += 1;
    });
    await runShutdownHooks();
    await runShutdownHooks();
    expect(runs).toBe(1);
  });

  it('runs each hook once when two runs overlap', async () => {
    let runs = 0;
    onShutdown('slow', async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    await Promise.all([runShutdownHooks(), runShutdownHooks()]);
    expect(runs).toBe(1);
  });

  it('reports errors, thrown or rejected, and goes on with the other hooks', async () => {
    const order: string[] = [];
    onShutdown('first', () => {
      order.push('first');
    });
    onShutdown('rejects', () => Promise.reject(new Error('connection reset')));
    onShutdown('throws', () => {
      throw new Error('boom');
    });
    const log: string[] = [];
    await expect(runShutdownHooks((line) => log.push(line))).resolves.toBeUndefined();
    expect(log).toEqual(['could not stop throws: boom', 'could not stop rejects: connection reset', 'stopped first']);
    expect(order).toEqual(['first']);
  });

  it('does nothing without hooks', async () => {
    const log: string[] = [];
    await runShutdownHooks((line) => log.push(line));
    expect(log).toEqual([]);
  });

  it('shares hooks between copies of the module through globalThis', async () => {
    const store = globalThis as unknown as Record<symbol, { name: string; run: () => void }[] | undefined>;
    let ran = false;
    store[Symbol.for('rijk-in-de-regio.shutdown-hooks')]?.push({ name: 'other copy', run: () => void (ran = true) });
    const log: string[] = [];
    await runShutdownHooks((line) => log.push(line));
    expect([ran, log]).toEqual([true, ['stopped other copy']]);
  });
});
