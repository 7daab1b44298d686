import { ConfigError, loadConfig, type AppConfig } from '../src/lib/config/config.ts';

/** Prints a line prefixed with the program name, for start-up messages. */
export function logger(program: string): (line: string) => void {
  return (line) => console.log(`[${program}] ${line}`);
}

/** Loads the configuration or exits with one readable line (exit code 1, no stack trace). */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** Runs a CLI main function; unexpected errors print their message (and stack only with DEBUG=1). */
export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (code) => { if (typeof code === 'number') process.exitCode = code; },
    (error: unknown) => {
      const err = error as Error;
      console.error(process.env.DEBUG ? err.stack : `Error: ${err.message}`);
      process.exitCode = 1;
    },
  );
}
