import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { buildGroningenAccount, type GroningenAccount } from './groningen-account.ts';

/** An account as a page shows it: frozen (published) or a live concept. */
export interface AccountForPage {
  account: GroningenAccount;
  gepubliceerd: { op: Date; door: string } | null;
}

/** The published account of a year, else the live concept; null when there is nothing for that year. */
export async function accountForPage(db: Kysely<DB>, jaar: number, randstadProvinces: readonly string[]): Promise<AccountForPage | null> {
  const stored = await db.selectFrom('groningen_verantwoording').selectAll().where('jaar', '=', jaar).executeTakeFirst();
  if (stored) return { account: JSON.parse(stored.inhoud) as GroningenAccount, gepubliceerd: { op: stored.gepubliceerd_op, door: stored.gepubliceerd_door } };
  const account = await buildGroningenAccount(db, jaar, randstadProvinces);
  return account ? { account, gepubliceerd: null } : null;
}

/**
 * Freezes the account of a year: builds it now and stores it. Publishing twice keeps the first
 * (published means frozen); returns whether this call published it, or null when there is no data.
 */
export async function publishAccount(db: Kysely<DB>, jaar: number, randstadProvinces: readonly string[], door: string): Promise<boolean | null> {
  const account = await buildGroningenAccount(db, jaar, randstadProvinces);
  if (!account) return null;
  const inserted = await db.insertInto('groningen_verantwoording').values({ jaar, inhoud: JSON.stringify(account), gepubliceerd_door: door }).onConflict((oc) => oc.column('jaar').doNothing()).returning('jaar').executeTakeFirst();
  return inserted !== undefined;
}

/** Years with a published account, with who published them. */
export async function publishedAccounts(db: Kysely<DB>): Promise<{ jaar: number; gepubliceerd_op: Date; gepubliceerd_door: string }[]> {
  return db.selectFrom('groningen_verantwoording').select(['jaar', 'gepubliceerd_op', 'gepubliceerd_door']).orderBy('jaar', 'desc').execute();
}
