import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanupLoginAttempts } from '../../../src/lib/auth/login-rate-limit.ts';
import { INVALID_CREDENTIALS_MESSAGE, login } from '../../../src/lib/auth/login.ts';
import { lookupSession } from '../../../src/lib/auth/sessions.ts';
import { createUser, setActive } from '../../../src/lib/auth/users.ts';
import type { Database } from '../../../src/lib/db/database.ts';
import { createTestDatabase, truncate } from '../../support/test-database.ts';

const SECRET = 'test-secret-'.padEnd(40, 'x');
const PASSWORD = 'correct horse battery';
const T0 = new Date('2026-03-02T09:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const IP = '192.0.2.7';

let database: Database;
let janId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const jan = await createUser(database.db, { gebruikersnaam: 'jan@duo.nl', wachtwoord: PASSWORD, rol: 'hr', organisaties: ['duo'] });
  if (!jan.ok) throw new Error(jan.problems.join('; '));
  janId = jan.value.id;
  const oud = await createUser(database.db, { gebruikersnaam: 'oud@duo.nl', wachtwoord: PASSWORD, rol: 'analist' });
  if (!oud.ok) throw new Error(oud.problems.join('; '));
  await setActive(database.db, oud.value.id, false);
});
afterAll(async () => database?.close());
beforeEach(async () => truncate(database, ['inlogpoging', 'sessie']));

const attempt = (username: string, password: string, seconds = 0, ip = IP) => login(database.db, { username, password, ip }, { secret: SECRET, now: at(seconds) });

describe('login', () => {
  it('starts a session with the user, role and organisations', async () => {
    const result = await attempt('jan@duo.nl', PASSWORD);
    if (!result.ok) throw new Error(result.message);
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.session.user).toEqual({ id: janId, gebruikersnaam: 'jan@duo.nl', rol: 'hr', organisaties: ['duo'] });
    expect(result.session.verlooptOp).toEqual(at(8 * 3600));
    expect((await lookupSession(database.db, result.token, { now: at(60) }))?.user.gebruikersnaam).toBe('jan@duo.nl');
    const row = await database.db.selectFrom('gebruiker').select('laatst_ingelogd_op').where('id', '=', janId).executeTakeFirstOrThrow();
    expect(row.laatst_ingelogd_op).toEqual(T0);
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    expect((await attempt('  Jan@DUO.nl ', PASSWORD)).ok).toBe(true);
  });

  it.each([
    ['a wrong password', 'jan@duo.nl', 'wrong horse battery'],
    ['an unknown user', 'piet@duo.nl', PASSWORD],
    ['a deactivated user with the right password', 'oud@duo.nl', PASSWORD],
    ['an empty password', 'jan@duo.nl', ''],
    ['an empty username', '', PASSWORD],
    ['an absurdly long password', 'jan@duo.nl', 'x'.repeat(100_000)],
  ])('refuses %s with the one generic message', async (_name, username, password) => {
    expect(await attempt(username, password)).toEqual({ ok: false, reason: 'invalid', message: INVALID_CREDENTIALS_MESSAGE });
    expect(INVALID_CREDENTIALS_MESSAGE).toBe('Gebruikersnaam of wachtwoord onjuist.');
    expect(await database.db.selectFrom('sessie').selectAll().execute()).toEqual([]);
  });
});

describe('login rate limit', () => {
  // Issue 11: five wrong passwords locked a predictable staff account for 15 minutes, even for its owner.
  it('slows one client down after 3 failures of an account (2, 4, 8 … 60 s since the last), and never locks', async () => {
    for (let i = 0; i < 3; i++) expect(await attempt('jan@duo.nl', 'wrong horse battery', i)).toMatchObject({ reason: 'invalid' });
    expect(await attempt('jan@duo.nl', PASSWORD, 3)).toEqual({ ok: false, reason: 'rate-limited', retryAfterSeconds: 1, message: 'Te veel mislukte inlogpogingen. Probeer het over een minuut opnieuw.' });
    expect(await attempt('jan@duo.nl', 'wrong horse battery', 4)).toMatchObject({ reason: 'invalid' });
    // Four failures now: the next try waits 4 s after the last one.
    expect(await attempt('jan@duo.nl', PASSWORD, 7)).toMatchObject({ reason: 'rate-limited', retryAfterSeconds: 1 });
    expect((await attempt('jan@duo.nl', PASSWORD, 8)).ok).toBe(true);
  });

  it('a stranger guessing from elsewhere does not keep the owner out', async () => {
    for (let i = 0; i < 3; i++) await attempt('jan@duo.nl', 'wrong horse battery', i, '203.0.113.66');
    expect(await attempt('jan@duo.nl', 'wrong horse battery', 3, '203.0.113.66')).toMatchObject({ reason: 'rate-limited' });
    expect((await attempt('jan@duo.nl', PASSWORD, 3)).ok).toBe(true);
  });

  it('over many addresses, an account is slowed (seconds, at most 30 per try), not locked, for unknown usernames alike', async () => {
    // 20 failures from 20 addresses are free; then every try waits 2, 4 … 30 s after the last failure.
    for (let i = 0; i < 25; i++) await attempt('jan@duo.nl', 'wrong horse battery', 0, `198.51.100.${i}`);
    expect(await attempt('jan@duo.nl', PASSWORD, 1)).toMatchObject({ reason: 'rate-limited', retryAfterSeconds: 1 });
    expect((await attempt('jan@duo.nl', PASSWORD, 2)).ok).toBe(true);
    for (let i = 0; i < 25; i++) await attempt('niemand@duo.nl', 'wrong horse battery', 0, `198.51.100.${i}`);
    expect(await attempt('niemand@duo.nl', PASSWORD, 1)).toMatchObject({ reason: 'rate-limited' });
  }, 120_000);

  it('allows 20 failures per IP address across usernames, then refuses the whole address', async () => {
    for (let i = 0; i < 20; i++) expect(await attempt(`naam${i % 5}@duo.nl`, 'wrong horse battery', i)).toMatchObject({ reason: 'invalid' });
    expect(await attempt('jan@duo.nl', PASSWORD, 30)).toEqual({
      ok: false,
      reason: 'rate-limited',
      retryAfterSeconds: 870,
      message: 'Te veel mislukte inlogpogingen. Probeer het over 15 minuten opnieuw.',
    });
    expect((await attempt('jan@duo.nl', PASSWORD, 30, '192.0.2.8')).ok).toBe(true);
  }, 120_000);

  it('clears the account-and-client count after a successful login', async () => {
    for (let i = 0; i < 3; i++) await attempt('jan@duo.nl', 'wrong horse battery', i);
    expect((await attempt('jan@duo.nl', PASSWORD, 5)).ok).toBe(true);
    for (let i = 0; i < 3; i++) expect(await attempt('jan@duo.nl', 'wrong horse battery', 10 + i)).toMatchObject({ reason: 'invalid' });
    expect(await attempt('jan@duo.nl', PASSWORD, 13)).toMatchObject({ reason: 'rate-limited' });
  }, 60_000);

  // Each attempt is recorded before it is counted, so a burst cannot slip past the count; in-flight
  // attempts count too, so a burst may be refused as a whole (refused rows are removed again).
  it('holds under a concurrent burst from one client: at most 3 attempts are checked', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => attempt('jan@duo.nl', 'wrong horse battery', 0)));
    const checked = results.filter((r) => !r.ok && r.reason === 'invalid').length;
    expect(checked).toBeLessThanOrEqual(3);
    expect(results.filter((r) => !r.ok && r.reason === 'rate-limited')).toHaveLength(8 - checked);
    const kept = await database.db.selectFrom('inlogpoging').select('id').execute();
    expect(kept).toHaveLength(3 * checked);
  }, 60_000);

  it('stores only keyed hashes, never the username or IP address', async () => {
    await attempt('jan@duo.nl', 'wrong horse battery');
    const rows = await database.db.selectFrom('inlogpoging').select('sleutel').execute();
    expect(rows).toHaveLength(3);
    for (const { sleutel } of rows) {
      expect(sleutel).toMatch(/^(u|uc|ip):[A-Za-z0-9_-]{43}$/);
      expect(sleutel).not.toContain('192');
      expect(sleutel).not.toContain('jan');
    }
  });

  it('cleans up attempts older than the window', async () => {
    await attempt('jan@duo.nl', 'wrong horse battery', 0);
    await attempt('jan@duo.nl', 'wrong horse battery', 600);
    expect(await cleanupLoginAttempts(database.db, at(900))).toBe(3);
    expect(await database.db.selectFrom('inlogpoging').select('tijdstip').execute()).toEqual([{ tijdstip: at(600) }, { tijdstip: at(600) }, { tijdstip: at(600) }]);
  });
});
