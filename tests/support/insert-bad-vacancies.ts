// Run as a CLI before a test server starts (see tests/browser/malformed-input.test.ts): writes vacancies with dates
// the input no longer accepts straight into the database, as rows stored before the date range existed would be,
// and creates an API token (printed) and an HR account (password from RIR_PASSWORD) in the same run: opening the
// embedded database once instead of three times saves a minute on a busy machine.
import { sql } from 'kysely';
import { openPreparedDatabase } from '../../src/lib/bootstrap/prepare-database.ts';
import { createApiToken } from '../../src/lib/auth/api-tokens.ts';
import { createUser } from '../../src/lib/auth/users.ts';
import { loadConfig } from '../../src/lib/config/config.ts';
import { vacancyInput } from './vacancy-fixtures.ts';
import { publishVacancies } from '../../src/lib/vacancies/vacancy-publisher.ts';

const database = await openPreparedDatabase(loadConfig());
try {
  const rows = [
    { input: vacancyInput({ kenmerk: 'BAD-9999', titel: 'Adviseur tot het jaar 9999' }), gemeenteCodes: ['GM0014'] },
    { input: vacancyInput({ kenmerk: 'BAD-2099', titel: 'Adviseur uit de toekomst' }), gemeenteCodes: ['GM0014'] },
    { input: vacancyInput({ kenmerk: 'BAD-10000', titel: 'Adviseur na het jaar 9999' }), gemeenteCodes: ['GM0014'] },
  ];
  const [far, future, beyond] = await publishVacancies(database.db, 'duo', rows);
  await database.db.updateTable('vacature').set({ sluitingsdatum: '9999-12-31' }).where('id', '=', far!.id).execute();
  await database.db.updateTable('vacature').set({ gepubliceerd_op: '2099-01-01', sluitingsdatum: '2099-12-31' }).where('id', '=', future!.id).execute();
  await sql`update vacature set sluitingsdatum = date '10000-01-01' where id = ${beyond!.id}`.execute(database.db);
  console.log('inserted 3 vacancies with out-of-range dates');
  console.log(`token: ${(await createApiToken(database.db, { organisatieCode: 'duo', label: 'malformed-input' })).token}`);
  const user = await createUser(database.db, { gebruikersnaam: process.env.TEST_USER ?? 'hr.test@test.example', wachtwoord: process.env.RIR_PASSWORD ?? '', rol: 'hr', organisaties: ['duo'] });
  if (!user.ok) throw new Error(`user: ${JSON.stringify(user)}`);
} finally {
  await database.close();
}
