import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../../src/lib/auth/login.ts';
import { createUser } from '../../../src/lib/auth/users.ts';
import { DEMO_ACCOUNTS, demoPassword, ensureDemoAccounts } from '../../../src/lib/bootstrap/demo-accounts.ts';
import type { Database } from '../../../src/lib/db/database.ts';
import { deriveSecret } from '../../../src/lib/secrets/derived-secrets.ts';
import { createTestDatabase } from '../../support/test-database.ts';

const OLD = 'o'.repeat(40);
const NEW = 'n'.repeat(40);
const [hrDuo, hrBd, analist] = DEMO_ACCOUNTS as [(typeof DEMO_ACCOUNTS)[number], (typeof DEMO_ACCOUNTS)[number], (typeof DEMO_ACCOUNTS)[number]];
let database: Database;

beforeAll(async () => { database = await createTestDatabase(); });
afterAll(async () => database.close());

const canLogIn = async (gebruikersnaam: string, password: string) =>
  (await login(database.db, { username: gebruikersnaam, password, ip: '192.0.2.1' }, { secret: NEW })).ok;

describe('demo account passwords', () => {
  it('are derived with the demo-password key, not with the master secret itself', () => {
    expect(demoPassword(NEW, 'x@y.nl')).toBe(`Demo-${createHmac('sha256', deriveSecret(NEW, 'demoPasswords')).update('demo-account:x@y.nl').digest('base64url').slice(0, 14)}`);
  });

  it('move to the current derived password when they still have an earlier derived one; a hand-set one stays', async () => {
    // hr.duo: made before keys were derived (raw APP_SECRET); hr.belastingdienst: under the previous secret; analist: set by hand.
    const legacy = `Demo-${createHmac('sha256', NEW).update(`demo-account:${hrDuo.gebruikersnaam}`).digest('base64url').slice(0, 14)}`;
    for (const [account, password] of [[hrDuo, legacy], [hrBd, demoPassword(OLD, hrBd.gebruikersnaam)], [analist, 'zelf gekozen wachtwoord']] as const) {
      const created = await createUser(database.db, { ...account, wachtwoord: password });
      if (!created.ok) throw new Error(created.problems.join('; '));
    }
    const accounts = await ensureDemoAccounts(database.db, { APP_SECRET: NEW, APP_SECRET_PREVIOUS: [OLD] });
    expect(accounts.map((a) => [a.gebruikersnaam, a.wachtwoord])).toEqual(DEMO_ACCOUNTS.map((a) => [a.gebruikersnaam, a === analist ? null : demoPassword(NEW, a.gebruikersnaam)]));
    for (const a of accounts) if (a.wachtwoord) expect(await canLogIn(a.gebruikersnaam, a.wachtwoord)).toBe(true);
    expect(await canLogIn(analist.gebruikersnaam, 'zelf gekozen wachtwoord')).toBe(true);
    expect(await canLogIn(hrDuo.gebruikersnaam, legacy)).toBe(false);
    // A second start changes nothing.
    expect((await ensureDemoAccounts(database.db, { APP_SECRET: NEW })).map((a) => a.wachtwoord)).toEqual(accounts.map((a) => a.wachtwoord));
  });
});
