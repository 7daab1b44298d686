import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { openPreparedDatabase } from '../src/lib/bootstrap/prepare-database.ts';
import type { DB } from '../src/lib/db/schema.ts';
import { createUser, findByUsername, listUsers, setPassword, STAFF_ROLES } from '../src/lib/auth/users.ts';
import { loadConfigOrExit, runMain } from './cli-support.ts';
import { readPassword } from './read-password.ts';

const USAGE = `Gebruik:
  npm run user -- create --gebruikersnaam <naam@organisatie.nl> --rol <${STAFF_ROLES.join('|')}> [--organisatie <code> ...]
  npm run user -- password --gebruikersnaam <naam@organisatie.nl>
  npm run user -- list
Het wachtwoord komt uit de omgevingsvariabele RIR_PASSWORD, of wordt (zonder echo) gevraagd.
HR-coördinatoren krijgen een of meer --organisatie; analisten en beheerders zien alle organisaties.`;

/** Runs work on the configured database, migrated and with reference data (organisations) loaded. */
async function withDatabase<T>(work: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  const database = await openPreparedDatabase(loadConfigOrExit());
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

const formatDate = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '-');

runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { gebruikersnaam: { type: 'string' }, rol: { type: 'string' }, organisatie: { type: 'string', multiple: true }, help: { type: 'boolean' } },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  if (command === 'list') {
    return withDatabase(async (db) => {
      const users = await listUsers(db);
      if (!users.length) console.log('Nog geen gebruikers. Maak er een met: npm run user -- create …');
      for (const u of users) {
        console.log(`${String(u.id).padStart(4)}  ${u.gebruikersnaam}  ${u.rol}${u.actief ? '' : ' (inactief)'}  organisaties: ${u.organisaties.join(', ') || '-'}  laatst ingelogd: ${formatDate(u.laatstIngelogdOp)}`);
      }
      return 0;
    });
  }
  if (command === 'create' || command === 'password') {
    if (!values.gebruikersnaam) {
      console.error(`--gebruikersnaam is verplicht.\n${USAGE}`);
      return 1;
    }
    if (command === 'create' && !values.rol) {
      console.error(`--rol is verplicht (${STAFF_ROLES.join(', ')}).`);
      return 1;
    }
    const read = await readPassword();
    if (!read.ok) {
      console.error(read.message);
      return 1;
    }
    const wachtwoord = read.password;
    const gebruikersnaam = values.gebruikersnaam;
    return withDatabase(async (db) => {
      if (command === 'password') {
        const user = await findByUsername(db, gebruikersnaam);
        if (!user) {
          console.error(`Gebruiker "${gebruikersnaam}" bestaat niet.`);
          return 1;
        }
        const result = await setPassword(db, user.id, wachtwoord);
        if (!result.ok) return reportProblems(result.problems);
        console.log(`Wachtwoord van ${user.gebruikersnaam} gewijzigd; bestaande sessies zijn beëindigd.`);
        return 0;
      }
      const result = await createUser(db, { gebruikersnaam, wachtwoord, rol: values.rol!, organisaties: values.organisatie ?? [] });
      if (!result.ok) return reportProblems(result.problems);
      const u = result.value;
      console.log(`Gebruiker ${u.gebruikersnaam} (id ${u.id}) aangemaakt met rol ${u.rol}${u.organisaties.length ? ` voor ${u.organisaties.join(', ')}` : ''}.`);
      return 0;
    });
  }
  console.error(`Onbekend commando "${command}".\n${USAGE}`);
  return 1;
});

function reportProblems(problems: string[]): number {
  for (const problem of problems) console.error(`- ${problem}`);
  return 1;
}
