import { openPreparedDatabase } from '../src/lib/bootstrap/prepare-database.ts';
import { runRetention } from '../src/lib/intake/retention.ts';
import { loadConfigOrExit, logger, runMain } from './cli-support.ts';

/**
 * npm run retention — deletes application microdata past its retention date (4 weeks after the
 * procedure ended, 1 year with consent), after rolling it into the quarterly figures, which stay
 * unchanged. The running server does the same once a day.
 */
runMain(async () => {
  const log = logger('retention');
  const database = await openPreparedDatabase(loadConfigOrExit());
  try {
    const result = await runRetention(database.db);
    log(`${result.deleted} applications past their retention date (before ${result.today}) deleted${result.organisations.length ? ` for ${result.organisations.join(', ')}` : ''}; published figures unchanged.`);
  } finally {
    await database.close();
  }
});
