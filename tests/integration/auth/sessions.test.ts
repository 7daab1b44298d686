import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/lib/auth/token-hash.ts';
import { createSession, deleteExpiredSessions, destroySession, lookupSession } from '../../../src/lib/auth/sessions.ts';
import { assignOrganisations, createUser, setActive, setPassword } from '../../../src/lib/auth/users.ts';
import type { Database } from '../../../src/lib/db/database.ts';
import { createTestDatabase, truncate } from '../../support/test-database.ts';

const T0 = new Date('2026-03-02T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

let database: Database;
let userId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  const user = await createUser(database.db, { gebruikersnaam: 'an@rvo.nl', wachtwoord: 'correct horse battery', rol: 'hr', organisaties: ['rvo'] });
  if (!user.ok) throw new Error(user.problems.join('; '));
  userId = user.value.id;
});
afterAll(async () => database?.close());
beforeEach(async () => {
  await truncate(database, ['sessie']);
  await setActive(database.db, userId, true);
  await assignOrganisations(database.db, userId, ['rvo']);
});

const lookup = (token: string, minutes: number) => lookupSession(database.db, token, { now: at(minutes) });

describe('sessions', () => {
  it('stores only the sha256 of the token', async () => {
    const { token, session } = await createSession(database.db, userId, { now: T0 });
    const rows = await database.db.selectFrom('sessie').select(['id', 'csrf_token']).execute();
    expect(rows).toEqual([{ id: sha256Hex(token), csrf_token: session.csrfToken }]);
    expect(rows[0]!.id).not.toBe(token);
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.csrfToken).not.toBe(token);
  });

  it('ends after 30 minutes without a request', async () => {
    const { token } = await createSession(database.db, userId, { now: T0 });
    expect(await lookup(token, 29)).not.toBeNull();
    expect(await lookup(token, 58)).not.toBeNull();
    expect(await lookup(token, 88)).toBeNull();
    // …and stays ended: the row is gone.
    expect(await lookup(token, 89)).toBeNull();
    expect(await database.db.selectFrom('sessie').selectAll().execute()).toEqual([]);
  });

  it('ends exactly at 30 idle minutes', async () => {
    const { token } = await createSession(database.db, userId, { now: T0 });
    expect(await lookup(token, 30)).toBeNull();
  });

  it('ends 8 hours after login however active it is', async () => {
    const { token } = await createSession(database.db, userId, { now: T0 });
    for (let minute = 20; minute < 480; minute += 20) expect(await lookup(token, minute)).not.toBeNull();
    expect(await lookup(token, 479)).not.toBeNull();
    expect(await lookup(token, 480)).toBeNull();
  });

  it('writes last-seen at most once a minute', async () => {
    const { token } = await createSession(database.db, userId, { now: T0 });
    expect((await lookup(token, 0.5))?.laatstGezienOp).toEqual(T0);
    expect((await lookup(token, 1))?.laatstGezienOp).toEqual(at(1));
  });

  it('returns role and organisations read fresh at each lookup', async () => {
    const { token } = await createSession(database.db, userId, { now: T0 });
    expect((await lookup(token, 1))?.user).toEqual({ id: userId, gebruikersnaam: 'an@rvo.nl', rol: 'hr', organisaties: ['rvo'] });
    await assignOrganisations(database.db, userId, ['duo', 'rvo']);
    expect((await lookup(token, 2))?.user.organisaties).toEqual(['duo', 'rvo']);
  });

  it('ends when the user is deactivated or their password changes', async () => {
    const first = await createSession(database.db, userId, { now: T0 });
    await setActive(database.db, userId, false);
    expect(await lookup(first.token, 1)).toBeNull();
    await setActive(database.db, userId, true);
    const second = await createSession(database.db, userId, { now: T0 });
    expect((await setPassword(database.db, userId, 'een ander lang wachtwoord')).ok).toBe(true);
    expect(await lookup(second.token, 1)).toBeNull();
  });

  it('ends on logout', async () => {
    const { token } = await createSession(database.db, userId, { now: T0 });
    await destroySession(database.db, token);
    expect(await lookup(token, 1)).toBeNull();
  });

  it.each([[''], [null], ['kort'], ['x'.repeat(43)], ['A'.repeat(43)]])('finds nothing for token %s', async (token) => {
    await createSession(database.db, userId, { now: T0 });
    expect(await lookupSession(database.db, token, { now: at(1) })).toBeNull();
  });

  it('deletes expired sessions in bulk', async () => {
    await createSession(database.db, userId, { now: T0 });
    const { token } = await createSession(database.db, userId, { now: at(40) });
    expect(await deleteExpiredSessions(database.db, at(45))).toBe(1);
    expect(await lookup(token, 46)).not.toBeNull();
  });
});
