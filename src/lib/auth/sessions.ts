import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffRole } from '../db/schema-accounts.ts';
import { RANDOM_TOKEN_PATTERN, randomToken, sha256Hex } from './token-hash.ts';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'rir_sessie';
/** A session ends 8 hours after login, however active it is. */
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
/** A session ends after 30 minutes without a request. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
// last-seen is written at most once a minute, so browsing does not mean one UPDATE per request;
// the price is that idle expiry may come up to a minute early.
const TOUCH_INTERVAL_MS = 60 * 1000;

/** The logged-in staff member as the rest of the application sees them. */
export interface SessionUser {
  id: number;
  gebruikersnaam: string;
  rol: StaffRole;
  /** Organisation codes of an HR coordinator (empty for other roles). */
  organisaties: string[];
}

/** A live session (the cookie token itself is never kept here). */
export interface Session {
  /** sha256 of the token, the primary key of `sessie`. */
  id: string;
  user: SessionUser;
  csrfToken: string;
  aangemaaktOp: Date;
  verlooptOp: Date;
  laatstGezienOp: Date;
}

/** Starts a session for an (already authenticated) user; returns the token for the cookie. */
export async function createSession(db: Kysely<DB>, gebruikerId: number, options: { now?: Date } = {}): Promise<{ token: string; session: Session }> {
  const now = options.now ?? new Date();
  const token = randomToken();
  const row = {
    id: sha256Hex(token),
    gebruiker_id: gebruikerId,
    csrf_token: randomToken(),
    aangemaakt_op: now,
    verloopt_op: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    laatst_gezien_op: now,
  };
  const user = await loadUser(db, gebruikerId);
  if (!user) throw new Error(`gebruiker ${gebruikerId} bestaat niet of is niet actief`);
  await db.insertInto('sessie').values(row).execute();
  return { token, session: { id: row.id, user, csrfToken: row.csrf_token, aangemaaktOp: now, verlooptOp: row.verloopt_op, laatstGezienOp: now } };
}

/**
 * Finds the session for a cookie token. Expired sessions (absolute or idle) and sessions of
 * deactivated users are deleted and give null. Roles and organisations are read fresh on every
 * lookup, so a changed assignment applies at the next request.
 */
export async function lookupSession(db: Kysely<DB>, token: string | null | undefined, options: { now?: Date } = {}): Promise<Session | null> {
  if (!token || !RANDOM_TOKEN_PATTERN.test(token)) return null;
  const now = options.now ?? new Date();
  const id = sha256Hex(token);
  const row = await db
    .selectFrom('sessie')
    .innerJoin('gebruiker', 'gebruiker.id', 'sessie.gebruiker_id')
    .select(['sessie.id', 'sessie.csrf_token', 'sessie.aangemaakt_op', 'sessie.verloopt_op', 'sessie.laatst_gezien_op', 'gebruiker.id as gebruiker_id', 'gebruiker.gebruikersnaam', 'gebruiker.rol', 'gebruiker.actief'])
    .where('sessie.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const expired = now.getTime() >= row.verloopt_op.getTime() || now.getTime() - row.laatst_gezien_op.getTime() >= SESSION_IDLE_MS;
  if (expired || !row.actief) {
    await db.deleteFrom('sessie').where('id', '=', id).execute();
    return null;
  }
  let laatstGezienOp = row.laatst_gezien_op;
  if (now.getTime() - laatstGezienOp.getTime() >= TOUCH_INTERVAL_MS) {
    await db.updateTable('sessie').set({ laatst_gezien_op: now }).where('id', '=', id).execute();
    laatstGezienOp = now;
  }
  return {
    id,
    user: { id: row.gebruiker_id, gebruikersnaam: row.gebruikersnaam, rol: row.rol, organisaties: await organisationsOf(db, row.gebruiker_id, row.rol) },
    csrfToken: row.csrf_token,
    aangemaaktOp: row.aangemaakt_op,
    verlooptOp: row.verloopt_op,
    laatstGezienOp,
  };
}

/** Ends the session of a cookie token (logout); unknown tokens are ignored. */
export async function destroySession(db: Kysely<DB>, token: string | null | undefined): Promise<void> {
  if (!token || !RANDOM_TOKEN_PATTERN.test(token)) return;
  await db.deleteFrom('sessie').where('id', '=', sha256Hex(token)).execute();
}

/** Ends every session of a user (after a password change or deactivation); returns how many. */
export async function destroySessionsOfUser(db: Kysely<DB>, gebruikerId: number): Promise<number> {
  const result = await db.deleteFrom('sessie').where('gebruiker_id', '=', gebruikerId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes sessions that can no longer be used (for a periodic job); returns how many. */
export async function deleteExpiredSessions(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  const result = await db
    .deleteFrom('sessie')
    .where((eb) => eb.or([eb('verloopt_op', '<=', now), eb('laatst_gezien_op', '<=', new Date(now.getTime() - SESSION_IDLE_MS))]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The active user with their organisations, or null. */
export async function loadUser(db: Kysely<DB>, gebruikerId: number): Promise<SessionUser | null> {
  const row = await db.selectFrom('gebruiker').select(['id', 'gebruikersnaam', 'rol']).where('id', '=', gebruikerId).where('actief', '=', true).executeTakeFirst();
  if (!row) return null;
  return { id: row.id, gebruikersnaam: row.gebruikersnaam, rol: row.rol, organisaties: await organisationsOf(db, row.id, row.rol) };
}

async function organisationsOf(db: Kysely<DB>, gebruikerId: number, rol: StaffRole): Promise<string[]> {
  // Only HR coordinators are scoped; a stray link for another role must not narrow or widen anything.
  if (rol !== 'hr') return [];
  const rows = await db.selectFrom('gebruiker_organisatie').select('organisatie_code').where('gebruiker_id', '=', gebruikerId).orderBy('organisatie_code').execute();
  return rows.map((r) => r.organisatie_code);
}

/** Cookie attributes in the shape of Astro's `cookies.set` options (no Astro import needed). */
export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: 'lax';
  path: '/';
  secure: boolean;
  maxAge: number;
}

/** Attributes for the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure in production, 8 h. */
export function sessionCookieOptions(options: { production: boolean }): SessionCookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: options.production, maxAge: SESSION_ABSOLUTE_MS / 1000 };
}

/** A complete `Set-Cookie` value that sets the session cookie. */
export function sessionCookieHeader(token: string, options: { production: boolean }): string {
  const o = sessionCookieOptions(options);
  return `${SESSION_COOKIE}=${token}; Path=${o.path}; Max-Age=${o.maxAge}; HttpOnly; SameSite=Lax${o.secure ? '; Secure' : ''}`;
}

/** A `Set-Cookie` value that removes the session cookie (logout, expired session). */
export function clearSessionCookieHeader(options: { production: boolean }): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${options.production ? '; Secure' : ''}`;
}

/** Reads the session token from a `Cookie` request header; null when absent. */
export function readSessionToken(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || null;
  }
  return null;
}
