import { openDatabase, targetFromConfig } from '../src/lib/db/database.ts';
import { migrateToLatest } from '../src/lib/db/migrate.ts';
import { loadConfigOrExit, logger, runMain } from './cli-support.ts';

/** npm run db:migrate — brings the schema up to date; a no-op on an up-to-date database. */
runMain(async () => {
  const log = logger('db:migrate');
  const config = loadConfigOrExit();
  const database = await openDatabase(targetFromConfig(config));
  try {
    const applied = await migrateToLatest(database.db);
    log(`${database.description}: ${applied.length ? `applied ${applied.join(', ')}` : 'nothing to do, schema is up to date'}`);
  } finally {
    await database.close();
  }
});
