/**
 * Shutdown hooks shared by every copy of this module in the process. The start script runs the
 * bundled server in its own process, where Vite has made a second copy of our modules; a
 * `Symbol.for` key on globalThis lets both copies register and run the same hooks.
 */
const KEY = Symbol.for('rijk-in-de-regio.shutdown-hooks');

type Hook = { name: string; run: () => Promise<void> | void };

function hooks(): Hook[] {
  const store = globalThis as unknown as Record<symbol, Hook[] | undefined>;
  store[KEY] ??= [];
  return store[KEY];
}

/** Registers work to do when the process stops (close the database, stop Meilisearch). */
export function onShutdown(name: string, run: Hook['run']): void {
  hooks().push({ name, run });
}

/** Runs all hooks, newest first, each at most once; errors are reported, not thrown. */
export async function runShutdownHooks(log: (line: string) => void = () => {}): Promise<void> {
  const list = hooks().splice(0).reverse();
  for (const hook of list) {
    try {
      await hook.run();
      log(`stopped ${hook.name}`);
    } catch (error) {
      log(`could not stop ${hook.name}: ${(error as Error).message}`);
    }
  }
}
