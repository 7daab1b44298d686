import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { MAX_PASSWORD_LENGTH, hashPassword, needsRehash, verifyPassword } from './password-hash.ts';
import { loginAttemptKeys, reserveLoginAttempt, settleLoginAttempt } from './login-rate-limit.ts';
import { createSession, type Session } from './sessions.ts';
import { normaliseUsername } from './users.ts';

/** The one message for every wrong-credentials case, so it never reveals whether an account exists. */
export const INVALID_CREDENTIALS_MESSAGE = 'Gebruikersnaam of wachtwoord onjuist.';

/** What the login form sent, plus the client address (Astro's `clientAddress`). */
export interface LoginInput {
  username: string;
  password: string;
  ip: string | null | undefined;
}

/** The outcome of a login: a new session (set its token as cookie), or a Dutch message to show. */
export type LoginResult =
  | { ok: true; token: string; session: Session }
  | { ok: false; reason: 'invalid'; message: string }
  | { ok: false; reason: 'rate-limited'; message: string; retryAfterSeconds: number };

let dummyHash: Promise<string> | undefined;

/** Dutch wording of a wait, rounded up to whole minutes above one minute. */
export function rateLimitMessage(retryAfterSeconds: number): string {
  const wait = retryAfterSeconds <= 60 ? 'een minuut' : `${Math.ceil(retryAfterSeconds / 60)} minuten`;
  return `Te veel mislukte inlogpogingen. Probeer het over ${wait} opnieuw.`;
}

/**
 * Checks username and password and starts a session. Unknown, deactivated and wrong-password
 * logins get the same message and cost the same scrypt work (a dummy hash is checked for unknown
 * names), so neither the text nor the timing reveals which accounts exist. Attempts are counted
 * per username and per IP block before the password is checked (see login-rate-limit.ts).
 */
export async function login(db: Kysely<DB>, input: LoginInput, options: { secret: string; now?: Date }): Promise<LoginResult> {
  const now = options.now ?? new Date();
  const gebruikersnaam = normaliseUsername(input.username);
  const decision = await reserveLoginAttempt(db, loginAttemptKeys(gebruikersnaam, input.ip, options.secret), now);
  if (!decision.allowed) return { ok: false, reason: 'rate-limited', message: rateLimitMessage(decision.retryAfterSeconds), retryAfterSeconds: decision.retryAfterSeconds };

  // Over-long input is refused before hashing, but after counting, so it cannot bypass the limit.
  const password = input.password.length > MAX_PASSWORD_LENGTH * 4 ? '' : input.password;
  const user = gebruikersnaam && gebruikersnaam.length <= 254 ? await db.selectFrom('gebruiker').select(['id', 'wachtwoord_hash', 'actief']).where('gebruikersnaam', '=', gebruikersnaam).executeTakeFirst() : undefined;
  dummyHash ??= hashPassword('dummy password that matches nothing');
  const matches = await verifyPassword(password, user?.wachtwoord_hash ?? (await dummyHash));
  const succeeded = Boolean(user && user.actief && password && matches);
  await settleLoginAttempt(db, decision.attempt, succeeded);
  if (!succeeded || !user) return { ok: false, reason: 'invalid', message: INVALID_CREDENTIALS_MESSAGE };

  // Old parameters are upgraded while we still hold the plain password.
  const rehash = needsRehash(user.wachtwoord_hash) ? await hashPassword(password) : undefined;
  await db.updateTable('gebruiker').set({ laatst_ingelogd_op: now, ...(rehash ? { wachtwoord_hash: rehash } : {}) }).where('id', '=', user.id).execute();
  const { token, session } = await createSession(db, user.id, { now });
  return { ok: true, token, session };
}
