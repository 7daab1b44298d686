import { getConfig } from '../config/config.ts';
import { getDatabase, getReferenceLookups } from '../runtime/app-context.ts';
import { defaultSender, type AlertMailContext } from './alert-mail.ts';
import { runAlertDigests, type DigestRun } from './alert-digest.ts';
import { createMailer, type Mailer } from './mail-transport.ts';

const KEY = Symbol.for('rijk-in-de-regio.mailer');

/** The process's mailer (SMTP_URL, else .eml files in DATA_DIR/mail). */
export function getMailer(): Mailer {
  const store = globalThis as unknown as Record<symbol, Mailer | undefined>;
  const config = getConfig();
  store[KEY] ??= createMailer({ smtpUrl: config.SMTP_URL, dataDir: config.DATA_DIR });
  return store[KEY];
}

/** Links, token key and sender for alert mails, from the configuration. */
export function alertMailContext(): AlertMailContext {
  const config = getConfig();
  return { baseUrl: config.PUBLIC_BASE_URL, secret: config.APP_SECRET, from: config.MAIL_FROM ?? defaultSender(config.PUBLIC_BASE_URL) };
}

/** One digest run with the server's resources (the background job). */
export async function runAlertDigestsNow(): Promise<DigestRun> {
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  return runAlertDigests(db, { mailer: getMailer(), mail: alertMailContext(), lookups, log: (line) => console.warn(`[vacaturemail] ${line}`) });
}
