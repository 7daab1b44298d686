import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../src/lib/auth/password-hash.ts';
import { assignOrganisations, createUser, findByUsername } from '../../../src/lib/auth/users.ts';
import type { Database } from '../../../src/lib/db/database.ts';
import { createTestDatabase } from '../../support/test-database.ts';

let database: Database;
beforeAll(async () => { database = await createTestDatabase(); });
afterAll(async () => database?.close());

const PASSWORD = 'correct horse battery';

describe('createUser', () => {
  it('creates a normalised account with a scrypt hash and its organisations', async () => {
    const result = await createUser(database.db, { gebruikersnaam: ' Sanne@DUO.nl ', wachtwoord: PASSWORD, rol: 'hr', organisaties: ['rvo', 'duo', 'duo'] });
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.value).toMatchObject({ gebruikersnaam: 'sanne@duo.nl', rol: 'hr', actief: true, organisaties: ['duo', 'rvo'], laatstIngelogdOp: null });
    const row = await database.db.selectFrom('gebruiker').select('wachtwoord_hash').where('id', '=', result.value.id).executeTakeFirstOrThrow();
    expect(row.wachtwoord_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, row.wachtwoord_hash)).toBe(true);
    expect((await findByUsername(database.db, 'SANNE@duo.nl'))?.id).toBe(result.value.id);
  });

  it.each([
    ['a name that is not e-mail-like', { gebruikersnaam: 'sanne', wachtwoord: PASSWORD, rol: 'analist' }, ['De gebruikersnaam moet een e-mailadres zijn, zoals naam@organisatie.nl.']],
    ['an unknown role', { gebruikersnaam: 'a@b.nl', wachtwoord: PASSWORD, rol: 'admin' }, ['Onbekende rol "admin"; kies uit hr, analist, beheerder.']],
    ['a short password', { gebruikersnaam: 'a@b.nl', wachtwoord: 'kort', rol: 'analist' }, ['Het wachtwoord moet minstens 12 tekens lang zijn.']],
    ['HR without organisation', { gebruikersnaam: 'a@b.nl', wachtwoord: PASSWORD, rol: 'hr' }, ['Een HR-coördinator heeft minstens één organisatie nodig.']],
    ['an analyst with organisations', { gebruikersnaam: 'a@b.nl', wachtwoord: PASSWORD, rol: 'analist', organisaties: ['duo'] }, ['Alleen HR-coördinatoren worden aan organisaties gekoppeld.']],
    ['an unknown organisation', { gebruikersnaam: 'a@b.nl', wachtwoord: PASSWORD, rol: 'hr', organisaties: ['duo', 'xyz'] }, ['Onbekende organisatie "xyz".']],
  ])('refuses %s', async (_name, input, problems) => {
    expect(await createUser(database.db, input)).toEqual({ ok: false, problems });
  });

  it('refuses a second account with the same name in another case', async () => {
    expect((await createUser(database.db, { gebruikersnaam: 'kees@bzk.nl', wachtwoord: PASSWORD, rol: 'beheerder' })).ok).toBe(true);
    expect(await createUser(database.db, { gebruikersnaam: 'KEES@bzk.nl', wachtwoord: PASSWORD, rol: 'analist' })).toEqual({ ok: false, problems: ['Deze gebruikersnaam bestaat al.'] });
  });
});

describe('assignOrganisations', () => {
  it('replaces the set and validates the codes', async () => {
    const created = await createUser(database.db, { gebruikersnaam: 'piet@duo.nl', wachtwoord: PASSWORD, rol: 'hr', organisaties: ['duo'] });
    if (!created.ok) throw new Error(created.problems.join('; '));
    expect(await assignOrganisations(database.db, created.value.id, ['rvo'])).toEqual({ ok: true, value: ['rvo'] });
    expect((await findByUsername(database.db, 'piet@duo.nl'))?.organisaties).toEqual(['rvo']);
    expect(await assignOrganisations(database.db, created.value.id, ['nope'])).toEqual({ ok: false, problems: ['Onbekende organisatie "nope".'] });
    expect(await assignOrganisations(database.db, 987_654, ['duo'])).toEqual({ ok: false, problems: ['Gebruiker 987654 bestaat niet.'] });
  });
});
