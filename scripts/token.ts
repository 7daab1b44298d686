import { parseArgs } from 'node:util';
import { openPreparedDatabase } from '../src/lib/bootstrap/prepare-database.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../src/lib/auth/api-tokens.ts';
import { loadConfigOrExit, runMain } from './cli-support.ts';

const USAGE = `Gebruik:
  npm run token -- create --organisatie <code> --label "<omschrijving>"
  npm run token -- revoke --id <nummer>
  npm run token -- list [--organisatie <code>]
Een organisatie publiceert vacatures met: Authorization: Bearer <token>.`;

runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { organisatie: { type: 'string' }, label: { type: 'string' }, id: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  if (!['create', 'revoke', 'list'].includes(command)) {
    console.error(`Onbekend commando "${command}".\n${USAGE}`);
    return 1;
  }
  if (command === 'create' && (!values.organisatie || !values.label)) {
    console.error('--organisatie en --label zijn verplicht.');
    return 1;
  }
  const id = values.id === undefined ? Number.NaN : Number(values.id);
  if (command === 'revoke' && !(Number.isInteger(id) && id > 0)) {
    console.error('--id <nummer> is verplicht (zie npm run token -- list).');
    return 1;
  }
  // Prepared (migrated, organisations loaded) so a token can be made before the first start.
  const database = await openPreparedDatabase(loadConfigOrExit());
  try {
    if (command === 'create') {
      let created: { id: number; token: string };
      try {
        created = await createApiToken(database.db, { organisatieCode: values.organisatie!, label: values.label! });
      } catch (error) {
        console.error((error as Error).message);
        return 1;
      }
      console.log(`Token ${created.id} voor ${values.organisatie} aangemaakt. Bewaar het nu: het wordt niet opnieuw getoond.`);
      console.log(created.token);
      return 0;
    }
    if (command === 'revoke') {
      const revoked = await revokeApiToken(database.db, id);
      console[revoked ? 'log' : 'error'](revoked ? `Token ${id} ingetrokken.` : `Token ${id} bestaat niet of is al ingetrokken.`);
      return revoked ? 0 : 1;
    }
    const tokens = await listApiTokens(database.db, values.organisatie);
    if (!tokens.length) console.log('Geen tokens.');
    for (const t of tokens) {
      console.log(`${String(t.id).padStart(4)}  ${t.organisatieCode}  ${t.label}  aangemaakt ${t.aangemaaktOp.toISOString().slice(0, 10)}${t.ingetrokkenOp ? `  ingetrokken ${t.ingetrokkenOp.toISOString().slice(0, 10)}` : ''}`);
    }
    return 0;
  } finally {
    await database.close();
  }
});
