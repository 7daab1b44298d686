import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAlertDigests } from '../../../src/lib/alerts/alert-digest.ts';
import { confirmationMail, type AlertMailContext } from '../../../src/lib/alerts/alert-mail.ts';
import { canonicalAlertSearch, type AlertLookups } from '../../../src/lib/alerts/alert-search.ts';
import { confirmAlert, countAlerts, deleteAlert, subscribeAlert } from '../../../src/lib/alerts/alert-store.ts';
import { verifyAlertToken } from '../../../src/lib/alerts/alert-token.ts';
import { createMailer, type Mailer } from '../../../src/lib/alerts/mail-transport.ts';
import type { Database } from '../../../src/lib/db/database.ts';
import { loadPlaceFinder } from '../../../src/lib/regions/place-finder.ts';
import { loadRegionCatalog } from '../../../src/lib/regions/region-catalog.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { publish, vacancyInput } from '../../support/vacancy-fixtures.ts';

const SECRET = 'x'.repeat(40);
const ctx: AlertMailContext = { baseUrl: 'https://rijkinderegio.example', secret: SECRET, from: 'Rijk in de Regio <noreply@rijkinderegio.example>' };
let database: Database;
let lookups: AlertLookups;
let server: SMTPServer;
let mailer: Mailer;
const received: { from: string; to: string[]; raw: string }[] = [];

/** The decoded text of a raw message (quoted-printable soft breaks and escapes undone, as UTF-8). */
function decoded(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
/** A header's value, unfolded, with RFC 2047 encoded words (=?UTF-8?Q?…?=) decoded. */
function header(raw: string, name: string): string | null {
  const value = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'mi').exec(raw)?.[1]?.replace(/\r?\n[ \t]+/g, ' ').trim();
  if (value === undefined) return null;
  return value.replace(/\?=\s+=\?UTF-8\?Q\?/gi, '').replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_m, words: string) =>
    Buffer.from(words.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_e, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), 'latin1').toString('utf8'));
}

beforeAll(async () => {
  database = await createTestDatabase();
  const catalog = await loadRegionCatalog(database.db);
  lookups = { catalog, places: await loadPlaceFinder(database.db, catalog), organisationCodes: new Set(['duo', 'bzk']) };
  // A real SMTP server in this process: what nodemailer sends is what a mail server receives.
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('latin1') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, dataDir: tmpdir() });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
});

describe('vacaturemail over SMTP', () => {
  it('double opt-in, a digest of what is new with one-click unsubscribe, once per slot, and deletion on unsubscribe', async () => {
    // Vacancies get their creation time from the database clock, so this test runs around the real now.
    const T = Date.now();
    const at = (ms: number) => new Date(T + ms);
    const DAY = 86_400_000;
    const slot = Math.ceil(T / 600_000) * 600_000 + 600_000;
    const t0 = at(-5 * DAY);
    const search = canonicalAlertSearch('q=jurist&plaats=zwolle&afstand=25&pagina=3', lookups);
    expect(search.zoekopdracht).toBe('q=jurist&plaats=Zwolle&afstand=25');
    expect(search.omschrijving).toBe('vacatures "jurist", binnen 25 km van Zwolle');
    const input = { email: 'sanne@voorbeeld.example', frequentie: 'wekelijks' as const, zoekopdracht: search.zoekopdracht, omschrijving: search.omschrijving };
    const outcome = await subscribeAlert(database.db, input, 'client-a', t0);
    expect(outcome.status).toBe('confirm');
    const id = outcome.status === 'confirm' ? outcome.id : '';
    await mailer.send(confirmationMail(ctx, { id, ...input }));

    const confirmation = received.at(-1)!;
    expect(confirmation.to).toEqual(['sanne@voorbeeld.example']);
    expect(header(confirmation.raw, 'Subject')).toBe('Bevestig je vacaturemail');
    const confirmUrl = /https:\/\/rijkinderegio\.example\/vacaturemail\/bevestigen\?token=([\w.-]+)/.exec(decoded(confirmation.raw));
    expect(verifyAlertToken(SECRET, confirmUrl?.[1], 'bevestigen')).toBe(id);
    expect(verifyAlertToken(SECRET, confirmUrl?.[1], 'beheer')).toBeNull();

    // Nothing goes to an unconfirmed address.
    expect((await runAlertDigests(database.db, { mailer, mail: ctx, lookups, now: at(-2 * DAY) })).sent).toBe(0);
    const mailsBefore = received.length;

    expect(await confirmAlert(database.db, id, at(-3600_000))).toBe(true);
    await publish(database.db, 'bzk', [
      vacancyInput({ kenmerk: 'Z-1', titel: 'Jurist omgevingsrecht', standplaatsen: ['Zwolle'], sluitingsdatum: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10) }),
      vacancyInput({ kenmerk: 'G-1', titel: 'Jurist arbeidsrecht', standplaatsen: ['Groningen'], sluitingsdatum: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10) }),
    ]);
    const run = await runAlertDigests(database.db, { mailer, mail: ctx, lookups, now: new Date(slot) });
    expect(run).toMatchObject({ ran: true, sent: 1 });
    expect(received.length).toBe(mailsBefore + 1);
    const digest = received.at(-1)!;
    const text = decoded(digest.raw);
    expect(header(digest.raw, 'Subject')).toBe('1 nieuwe vacature: vacatures "jurist", binnen 25 km van Zwolle');
    const unsubscribe = header(digest.raw, 'List-Unsubscribe');
    expect(unsubscribe).toMatch(/^<https:\/\/rijkinderegio\.example\/vacaturemail\/afmelden\?token=[\w.-]+>$/);
    expect(verifyAlertToken(SECRET, /token=([\w.-]+)/.exec(unsubscribe!)?.[1], 'beheer')).toBe(id);
    expect(header(digest.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(text).toContain('Jurist omgevingsrecht');
    expect(text).not.toContain('Jurist arbeidsrecht');
    expect(text).toMatch(/https:\/\/rijkinderegio\.example\/vacatures\/jurist-omgevingsrecht-[\w-]+/);
    expect(text).toContain('https://rijkinderegio.example/vacaturemail/beheer?token=');

    // A second server in the same slot does nothing; the next slot finds nothing new and sends nothing.
    expect(await runAlertDigests(database.db, { mailer, mail: ctx, lookups, now: new Date(slot + 60_000) })).toMatchObject({ ran: false, sent: 0 });
    expect(await runAlertDigests(database.db, { mailer, mail: ctx, lookups, now: new Date(slot + 7 * DAY) })).toMatchObject({ ran: true, sent: 0 });
    expect(received.length).toBe(mailsBefore + 1);

    expect(await deleteAlert(database.db, id)).toBe(true);
    expect(await database.db.selectFrom('vacaturemail_abonnement').select('email').where('email', '=', 'sanne@voorbeeld.example').execute()).toEqual([]);
  });

  it('deletes unconfirmed addresses after 7 days', async () => {
    const t0 = new Date('2027-01-01T08:00:00Z');
    await subscribeAlert(database.db, { email: 'nooit@voorbeeld.example', frequentie: 'dagelijks', zoekopdracht: 'provincie=PV20', omschrijving: 'vacatures in Groningen' }, 'client-b', t0);
    expect(await countAlerts(database.db)).toBe(1);
    expect((await runAlertDigests(database.db, { mailer, mail: ctx, lookups, now: new Date('2027-01-07T08:00:00Z') })).deletedUnconfirmed).toBe(0);
    expect((await runAlertDigests(database.db, { mailer, mail: ctx, lookups, now: new Date('2027-01-08T08:10:00Z') })).deletedUnconfirmed).toBe(1);
    expect(await countAlerts(database.db)).toBe(0);
  });

  it('limits alerts per client and per address', async () => {
    const now = new Date('2027-02-01T08:00:00Z');
    const ask = (email: string, q: string, client: string) => subscribeAlert(database.db, { email, frequentie: 'wekelijks', zoekopdracht: `q=${q}`, omschrijving: q }, client, now);
    for (let i = 0; i < 5; i++) expect((await ask(`a${i}@voorbeeld.example`, 'x', 'client-c')).status).toBe('confirm');
    expect(await ask('a9@voorbeeld.example', 'x', 'client-c')).toEqual({ status: 'limit', message: 'Je hebt het afgelopen uur al veel vacaturemails aangevraagd. Probeer het over een uur opnieuw.' });
    for (let i = 0; i < 10; i++) expect((await ask('veel@voorbeeld.example', `q${i}`, `client-d${i}`)).status).toBe('confirm');
    expect((await ask('veel@voorbeeld.example', 'q10', 'client-e')).status).toBe('limit');
  });

  it('writes each message as an .eml file without SMTP_URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rir-mail-'));
    try {
      const files = createMailer({ dataDir: dir });
      expect(files.description).toBe(`.eml files in ${join(dir, 'mail')} (no SMTP_URL set)`);
      await files.send(confirmationMail(ctx, { id: '00000000-0000-4000-8000-000000000001', email: 'eml@voorbeeld.example', zoekopdracht: '', omschrijving: 'alle vacatures', frequentie: 'dagelijks' }));
      const [file] = readdirSync(join(dir, 'mail'));
      expect(file).toMatch(/\.eml$/);
      const raw = readFileSync(join(dir, 'mail', file!), 'latin1');
      expect(header(raw, 'To')).toBe('eml@voorbeeld.example');
      expect(header(raw, 'Subject')).toBe('Bevestig je vacaturemail');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
