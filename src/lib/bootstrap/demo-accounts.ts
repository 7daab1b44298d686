import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { verifyPassword } from '../auth/password-hash.ts';
import { createUser, findByUsername, setPassword } from '../auth/users.ts';
import type { StaffRole } from '../db/schema-accounts.ts';
import { deriveSecret, type MasterSecrets } from '../secrets/derived-secrets.ts';

/** The demo accounts: one per role, two HR coordinators for different organisations. */
export const DEMO_ACCOUNTS: { gebruikersnaam: string; rol: StaffRole; organisaties: string[] }[] = [
  { gebruikersnaam: 'hr.duo@demo.rijkinderegio.example', rol: 'hr', organisaties: ['duo'] },
  { gebruikersnaam: 'hr.belastingdienst@demo.rijkinderegio.example', rol: 'hr', organisaties: ['belastingdienst'] },
  { gebruikersnaam: 'analist@demo.rijkinderegio.example', rol: 'analist', organisaties: [] },
  { gebruikersnaam: 'beheerder@demo.rijkinderegio.example', rol: 'beheerder', organisaties: [] },
];

const passwordFrom = (key: Buffer | string, gebruikersnaam: string): string =>
  `Demo-${createHmac('sha256', key).update(`demo-account:${gebruikersnaam}`).digest('base64url').slice(0, 14)}`;

/**
 * A demo account's password, derived from the master secret `secret` (APP_SECRET, through the demo-password key) so
 * it is stable for this installation and can be printed at every start without being stored anywhere. Demo
 * installations only.
 */
export function demoPassword(secret: string, gebruikersnaam: string): string {
  return passwordFrom(deriveSecret(secret, 'demoPasswords'), gebruikersnaam);
}

/**
 * The passwords a demo account may still have from before: derived from a previous APP_SECRET, or made with the
 * raw master secret (before keys were derived per purpose).
 */
function earlierDemoPasswords(secrets: MasterSecrets, gebruikersnaam: string): string[] {
  const previous = secrets.APP_SECRET_PREVIOUS ?? [];
  return [passwordFrom(secrets.APP_SECRET, gebruikersnaam), ...previous.flatMap((master) => [demoPassword(master, gebruikersnaam), passwordFrom(master, gebruikersnaam)])];
}

/** A demo account with the password to print (null: someone changed it, it is no longer derived from the secret). */
export interface DemoAccount {
  gebruikersnaam: string;
  rol: StaffRole;
  wachtwoord: string | null;
  organisaties: string[];
}

/**
 * Creates the demo accounts that do not exist yet; an existing one that still has a password derived the earlier
 * way (a previous APP_SECRET, or the raw secret) gets the current derived password, so the printed password works.
 * A password someone set by hand is left alone. Returns every account with its password.
 */
export async function ensureDemoAccounts(db: Kysely<DB>, secrets: MasterSecrets): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const wachtwoord = demoPassword(secrets.APP_SECRET, account.gebruikersnaam);
    const existing = await findByUsername(db, account.gebruikersnaam);
    if (!existing) {
      const created = await createUser(db, { ...account, wachtwoord });
      if (!created.ok) throw new Error(`demo account ${account.gebruikersnaam}: ${created.problems.join('; ')}`);
      accounts.push({ ...account, wachtwoord });
      continue;
    }
    const stored = await db.selectFrom('gebruiker').select('wachtwoord_hash').where('id', '=', existing.id).executeTakeFirstOrThrow();
    if (await verifyPassword(wachtwoord, stored.wachtwoord_hash)) {
      accounts.push({ ...account, wachtwoord });
      continue;
    }
    let earlier = false;
    for (const candidate of earlierDemoPasswords(secrets, account.gebruikersnaam)) {
      if (await verifyPassword(candidate, stored.wachtwoord_hash)) {
        earlier = true;
        break;
      }
    }
    if (earlier) {
      const reset = await setPassword(db, existing.id, wachtwoord);
      if (!reset.ok) throw new Error(`demo account ${account.gebruikersnaam}: ${reset.problems.join('; ')}`);
    }
    accounts.push({ ...account, wachtwoord: earlier ? wachtwoord : null });
  }
  return accounts;
}
