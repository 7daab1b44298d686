/**
 * What the server process does with a fault no request caught. A rejected promise that nobody awaited belongs
 * to one request or one background task: it is logged with its stack (so CI and operators see the cause) and the
 * site keeps serving everyone else. A thrown exception that reached the event loop may have left shared state
 * half-changed: it is logged and the process stops with exit code 1, so an orchestrator restarts it cleanly.
 * Database errors can quote values from a request in their message (`invalid input syntax for type date: "…"`):
 * for those only the SQLSTATE is logged; other messages are kept, shortened, because they name the cause.
 */
export function installFaultHandlers(log: (line: string) => void, onFatal: () => Promise<void>): void {
  process.on('unhandledRejection', (reason) => {
    log(`fault: unhandled rejection, the site keeps serving: ${describe(reason)}`);
  });
  process.on('uncaughtException', (error) => {
    log(`fault: uncaught exception, stopping: ${describe(error)}`);
    void onFatal().finally(() => process.exit(1));
  });
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** Name, code, message (not for database errors, see above) and stack frames of an error. */
export function describe(reason: unknown): string {
  if (!(reason instanceof Error)) return `a non-error value (${typeof reason})`;
  const code = (reason as Error & { code?: unknown }).code;
  const fromDatabase = typeof code === 'string' && SQLSTATE.test(code);
  const message = fromDatabase ? '' : `: ${reason.message.slice(0, 200)}`;
  const frames = (reason.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 12);
  return [`${reason.name}${typeof code === 'string' ? ` [${code}]` : ''}${message}`, ...frames].join('\n');
}
