import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Mailer } from './mail-transport.ts';
import { digestMail, type AlertMailContext } from './alert-mail.ts';
import { newVacanciesFor, type AlertLookups } from './alert-search.ts';
import { deleteUnconfirmedAlerts } from './alert-store.ts';

/** How long a digest period lasts. */
export const PERIOD_MS = { dagelijks: 86_400_000, wekelijks: 7 * 86_400_000 } as const;
/** How often the job looks for due alerts; also the slot that the run table records once. */
export const DIGEST_SLOT_MS = 10 * 60_000;

/** What a digest run did. */
export interface DigestRun {
  ran: boolean;
  slot: string;
  sent: number;
  deletedUnconfirmed: number;
}

/**
 * Sends every due digest once, even with several servers: inside one transaction, a PostgreSQL
 * advisory transaction lock lets one server in, and `vacaturemail_run` records the time slot so a
 * second server (or a second run in the same slot) does nothing. An alert is due one period after
 * the vacancies it last covered; it gets a mail only when there are new vacancies. A failed send
 * leaves that alert due for the next slot; others still go.
 */
export async function runAlertDigests(db: Kysely<DB>, deps: { mailer: Mailer; mail: AlertMailContext; lookups: AlertLookups; now?: Date; log?: (line: string) => void }): Promise<DigestRun> {
  const now = deps.now ?? new Date();
  const slot = new Date(Math.floor(now.getTime() / DIGEST_SLOT_MS) * DIGEST_SLOT_MS).toISOString();
  return db.transaction().execute(async (trx) => {
    const lock = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(hashtext('rijk-in-de-regio:vacaturemail')) as ok`.execute(trx);
    if (!lock.rows[0]?.ok) return { ran: false, slot, sent: 0, deletedUnconfirmed: 0 };
    const claimed = await trx.insertInto('vacaturemail_run').values({ periode: slot }).onConflict((oc) => oc.column('periode').doNothing()).returning('periode').executeTakeFirst();
    if (!claimed) return { ran: false, slot, sent: 0, deletedUnconfirmed: 0 };
    const deletedUnconfirmed = await deleteUnconfirmedAlerts(trx, now);
    const alerts = await trx.selectFrom('vacaturemail_abonnement').selectAll().where('bevestigd_op', 'is not', null).orderBy('id').execute();
    let sent = 0;
    for (const alert of alerts) {
      const since = alert.nieuw_sinds ?? alert.bevestigd_op!;
      if (now.getTime() - since.getTime() < PERIOD_MS[alert.frequentie]) continue;
      const result = await newVacanciesFor(trx, alert.zoekopdracht, since, deps.lookups, now);
      if (result.total > 0) {
        try {
          await deps.mailer.send(digestMail(deps.mail, alert, result));
        } catch (error) {
          // Never log the address; the alert stays due and is tried again in the next slot.
          deps.log?.(`vacaturemail ${alert.id}: sending failed (${(error as Error).message})`);
          continue;
        }
        sent++;
      }
      await trx.updateTable('vacaturemail_abonnement').set({ nieuw_sinds: now, ...(result.total > 0 ? { laatst_verzonden_op: now } : {}) }).where('id', '=', alert.id).execute();
    }
    await trx.updateTable('vacaturemail_run').set({ verzonden: sent }).where('periode', '=', slot).execute();
    return { ran: true, slot, sent, deletedUnconfirmed };
  });
}
