import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { createUser, findByUsername } from '../auth/users.ts';
import type { StaffRole } from '../db/schema-accounts.ts';

/** The demo accounts: one per role, two HR coordinators for different organisations. */
export const DEMO_ACCOUNTS: { gebruikersnaam: string; rol: StaffRole; organisaties: string[] }[] = [
  { gebruikersnaam: 'hr.duo@demo.rijkinderegio.example', rol: 'hr', organisaties: ['duo'] },
  { gebruikersnaam: 'hr.belastingdienst@demo.rijkinderegio.example', rol: 'hr', organisaties: ['belastingdienst'] },
  { gebruikersnaam: 'analist@demo.rijkinderegio.example', rol: 'analist', organisaties: [] },
  { gebruikersnaam: 'beheerder@demo.rijkinderegio.example', rol: 'beheerder', organisaties: [] },
];

/**
 * A demo account's password, derived from APP_SECRET so it is stable for this installation and can
 * be printed at every start without being stored anywhere. Demo installations only.
 */
export function demoPassword(secret: string, gebruikersnaam: string): string {
  return `Demo-${createHmac('sha256', secret).update(`demo-account:${gebruikersnaam}`).digest('base64url').slice(0, 14)}`;
}

/** Creates the demo accounts that do not exist yet; returns every account with its password. */
export async function ensureDemoAccounts(db: Kysely<DB>, secret: string): Promise<{ gebruikersnaam: string; rol: StaffRole; wachtwoord: string; organisaties: string[] }[]> {
  const accounts = [];
  for (const account of DEMO_ACCOUNTS) {
    const wachtwoord = demoPassword(secret, account.gebruikersnaam);
    if (!(await findByUsername(db, account.gebruikersnaam))) {
      const created = await createUser(db, { ...account, wachtwoord });
      if (!created.ok) throw new Error(`demo account ${account.gebruikersnaam}: ${created.problems.join('; ')}`);
    }
    accounts.push({ ...account, wachtwoord });
  }
  return accounts;
}
