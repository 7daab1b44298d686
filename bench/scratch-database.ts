import pg from 'pg';

/** A fresh database for one benchmark run on a PostgreSQL server, and how to drop it afterwards. */
export interface ScratchDatabase {
  url: string;
  drop: () => Promise<void>;
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect().catch((error: Error) => {
    throw new Error(`No PostgreSQL at ${serverUrl} (${error.message}); set BENCH_DATABASE_URL.`);
  });
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates `rir_bench_<label>_<time>` on the server of `serverUrl` (every bench uses its own, dropped after). */
export async function createScratchDatabase(serverUrl: string, label: string): Promise<ScratchDatabase> {
  const name = `rir_bench_${label}_${Date.now()}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}
