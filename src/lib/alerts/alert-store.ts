import { createHmac } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { deriveSecret } from '../secrets/derived-secrets.ts';
import type { VacaturemailFrequentie } from '../db/schema-jobseekers.ts';
import { ALERT_LIMITS, type AlertSubscribeInput } from './alert-input.ts';

/** The outcome of a subscribe request. */
export type SubscribeOutcome =
  | { status: 'confirm'; id: string }
  | { status: 'already-confirmed'; id: string }
  | { status: 'limit'; message: string };

/**
 * The HMAC of a client address (keyed with the alert-client key derived from the master secret APP_SECRET):
 * enough to count requests per client, useless to identify anyone.
 */
export function clientHash(secret: string, clientAddress: string): string {
  return createHmac('sha256', deriveSecret(secret, 'alertClients')).update(`vacaturemail-client:${clientAddress}`).digest('hex').slice(0, 32);
}

/**
 * Stores an unconfirmed alert (or finds the same one), within the limits per address and per client.
 * The caller then mails the confirmation link; nothing is sent until the address is confirmed.
 */
export async function subscribeAlert(
  db: Kysely<DB>,
  input: AlertSubscribeInput & { omschrijving: string },
  client: string,
  now: Date = new Date(),
): Promise<SubscribeOutcome> {
  return db.transaction().execute(async (trx) => {
    const hourAgo = new Date(now.getTime() - 3600_000);
    const recent = await trx.selectFrom('vacaturemail_abonnement').select((eb) => eb.fn.countAll<number>().as('n')).where('client_hash', '=', client).where('aangemaakt_op', '>', hourAgo).executeTakeFirstOrThrow();
    if (Number(recent.n) >= ALERT_LIMITS.perClientPerHour) return { status: 'limit', message: 'Je hebt het afgelopen uur al veel vacaturemails aangevraagd. Probeer het over een uur opnieuw.' };
    const existing = await trx.selectFrom('vacaturemail_abonnement').select(['id', 'bevestigd_op']).where('email', '=', input.email).where('zoekopdracht', '=', input.zoekopdracht).executeTakeFirst();
    if (existing) {
      // Asking again for the same alert only changes how often it comes (and re-sends the confirmation).
      await trx.updateTable('vacaturemail_abonnement').set({ frequentie: input.frequentie }).where('id', '=', existing.id).execute();
      return existing.bevestigd_op ? { status: 'already-confirmed', id: existing.id } : { status: 'confirm', id: existing.id };
    }
    const count = await trx.selectFrom('vacaturemail_abonnement').select((eb) => eb.fn.countAll<number>().as('n')).where('email', '=', input.email).executeTakeFirstOrThrow();
    if (Number(count.n) >= ALERT_LIMITS.perAddress) return { status: 'limit', message: `Op één e-mailadres kun je hoogstens ${ALERT_LIMITS.perAddress} vacaturemails hebben. Zeg er eerst een op via de link onder een vacaturemail.` };
    const row = await trx
      .insertInto('vacaturemail_abonnement')
      .values({ email: input.email, zoekopdracht: input.zoekopdracht, omschrijving: input.omschrijving, frequentie: input.frequentie, client_hash: client, aangemaakt_op: now, bevestigd_op: null, nieuw_sinds: null, laatst_verzonden_op: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { status: 'confirm', id: row.id };
  });
}

/** One alert by id (for the confirm and manage pages). */
export async function findAlert(db: Kysely<DB>, id: string) {
  return db.selectFrom('vacaturemail_abonnement').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Confirms an alert. Its first digest (due at the next run) covers the vacancies stored in the period
 * before confirming, so a new alert shows something soon; later ones cover what is new since the last.
 * Idempotent.
 */
export async function confirmAlert(db: Kysely<DB>, id: string, now: Date = new Date()): Promise<boolean> {
  const alert = await findAlert(db, id);
  if (!alert) return false;
  if (alert.bevestigd_op) return true;
  const period = alert.frequentie === 'dagelijks' ? 86_400_000 : 7 * 86_400_000;
  const result = await db.updateTable('vacaturemail_abonnement').set({ bevestigd_op: now, nieuw_sinds: new Date(now.getTime() - period) }).where('id', '=', id).where('bevestigd_op', 'is', null).executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return true;
  return Boolean(await findAlert(db, id));
}

/** Changes how often an alert comes. */
export async function setAlertFrequency(db: Kysely<DB>, id: string, frequentie: VacaturemailFrequentie): Promise<boolean> {
  const result = await db.updateTable('vacaturemail_abonnement').set({ frequentie }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Unsubscribes: the row, and with it the address, is deleted (not flagged). */
export async function deleteAlert(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('vacaturemail_abonnement').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Deletes alerts that were never confirmed within 7 days (their addresses with them). */
export async function deleteUnconfirmedAlerts(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - ALERT_LIMITS.unconfirmedDays * 86_400_000);
  const result = await db.deleteFrom('vacaturemail_abonnement').where('bevestigd_op', 'is', null).where('aangemaakt_op', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Counts alerts (for tests and health); never lists addresses. */
export async function countAlerts(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('vacaturemail_abonnement').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
