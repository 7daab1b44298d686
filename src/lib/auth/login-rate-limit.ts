import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { deriveSecret } from '../secrets/derived-secrets.ts';

/** The window over which failed logins are counted. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed logins of one account from one client before each further try must wait (2, 4, 8 … 60 s). */
export const FREE_FAILURES_PER_ACCOUNT_CLIENT = 3;
/** Failed logins of one account from all clients together before tries must wait (2, 4 … 30 s). */
export const FREE_FAILURES_PER_ACCOUNT = 20;
/** Failed logins allowed per IP address (IPv6: per /64) within the window, over all accounts. */
export const MAX_FAILURES_PER_IP = 20;

/**
 * The counters a login attempt counts against (HMACs; no raw username or IP is stored): the account
 * from this client, the account from anywhere, and the client over all accounts. Failures of an
 * account slow down further tries (a delay since the last failure), they never lock it: a stranger
 * guessing from elsewhere cannot keep the owner out (issue 11), at most make them wait seconds.
 */
export interface LoginAttemptKeys {
  accountClient: string;
  account: string;
  ip: string;
}

/** Ids of the rows an attempt reserved, to settle when the outcome is known. */
export interface ReservedAttempt {
  keys: LoginAttemptKeys;
  rowIds: number[];
}

/** The outcome of reserving an attempt. */
export type RateLimitDecision = { allowed: true; attempt: ReservedAttempt } | { allowed: false; retryAfterSeconds: number };

/**
 * The address block one client plausibly controls: an IPv4 address as is, an IPv6 address
 * reduced to its /64 (one subscriber usually gets a whole /64), IPv4-mapped IPv6 as IPv4.
 */
export function ipBucket(ip: string | null | undefined): string {
  const trimmed = (ip ?? '').trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
  if (isIPv4(trimmed)) return trimmed;
  if (!isIPv6(trimmed)) return 'onbekend';
  const hextets = expandIPv6(trimmed);
  if (hextets.slice(0, 5).every((h) => h === '0') && hextets[5] === 'ffff') {
    const hex = (h: string) => Number.parseInt(h, 16);
    const [hi, lo] = [hex(hextets[6]!), hex(hextets[7]!)];
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return `${hextets.slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  let text = address;
  // An embedded IPv4 tail becomes two hextets.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail === undefined ? [] : tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - headParts.length - tailParts.length).fill('0');
  return [...headParts, ...zeros, ...tailParts].map((h) => h.replace(/^0+(?=.)/, ''));
}

/**
 * The counter keys for a login: HMAC-SHA256 of the lower-cased username and of the IP block, keyed with the
 * login-throttle key derived from the master secret `secret` (APP_SECRET). A rotation only restarts the counters.
 */
export function loginAttemptKeys(username: string, ip: string | null | undefined, secret: string): LoginAttemptKeys {
  const key = deriveSecret(secret, 'loginRateLimit');
  const mac = (value: string) => createHmac('sha256', key).update(value, 'utf8').digest('base64url');
  const name = username.trim().toLowerCase();
  const bucket = ipBucket(ip);
  return { accountClient: `uc:${mac(`gebruikersnaam-client\0${name}\0${bucket}`)}`, account: `u:${mac(`gebruikersnaam\0${name}`)}`, ip: `ip:${mac(`ip\0${bucket}`)}` };
}

/** Seconds to wait after the last of `failures` (sorted) before another try: 0 up to `free`, then doubling from 2 s up to `cap`. */
export function backoffWait(failures: number[], free: number, capSeconds: number, now: Date): number {
  if (failures.length < free) return 0;
  const delay = Math.min(capSeconds, 2 ** (failures.length - free + 1));
  const since = (now.getTime() - failures[failures.length - 1]!) / 1000;
  return since >= delay ? 0 : Math.max(1, Math.ceil(delay - since));
}

/**
 * Records an attempt before the password is checked, then counts. Recording first makes the limit
 * hold under concurrent requests (a burst cannot all pass the count before any is recorded).
 * A refused attempt is removed again, so hammering a locked account does not extend the lockout.
 */
export async function reserveLoginAttempt(db: Kysely<DB>, keys: LoginAttemptKeys, now: Date = new Date()): Promise<RateLimitDecision> {
  const inserted = await db.insertInto('inlogpoging').values([keys.accountClient, keys.account, keys.ip].map((sleutel) => ({ sleutel, tijdstip: now }))).returning('id').execute();
  const rowIds = inserted.map((r) => r.id);
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const rows = await db
    .selectFrom('inlogpoging')
    .select(['id', 'sleutel', 'tijdstip'])
    .where('sleutel', 'in', [keys.accountClient, keys.account, keys.ip])
    .where('tijdstip', '>', since)
    .orderBy('tijdstip')
    .orderBy('id')
    .execute();
  const earlier = (key: string) => rows.filter((r) => r.sleutel === key && !rowIds.includes(r.id)).map((r) => r.tijdstip.getTime());
  const waits = [
    backoffWait(earlier(keys.accountClient), FREE_FAILURES_PER_ACCOUNT_CLIENT, 60, now),
    backoffWait(earlier(keys.account), FREE_FAILURES_PER_ACCOUNT, 30, now),
    retryAfter(earlier(keys.ip), MAX_FAILURES_PER_IP, now),
  ];
  const wait = Math.max(...waits);
  if (wait > 0) {
    await db.deleteFrom('inlogpoging').where('id', 'in', rowIds).execute();
    return { allowed: false, retryAfterSeconds: wait };
  }
  return { allowed: true, attempt: { keys, rowIds } };
}

/** Seconds until fewer than `max` of these (sorted) failures are inside the window; 0 when already so. */
function retryAfter(failures: number[], max: number, now: Date): number {
  if (failures.length < max) return 0;
  // The attempt is allowed once the oldest (count − max + 1) failures have left the window.
  const leaving = failures[failures.length - max]!;
  return Math.max(1, Math.ceil((leaving + LOGIN_WINDOW_MS - now.getTime()) / 1000));
}

/**
 * Settles a reserved attempt: a failure stays counted; a success clears the account's failures from
 * this client and does not count against the account or the IP.
 */
export async function settleLoginAttempt(db: Kysely<DB>, attempt: ReservedAttempt, succeeded: boolean): Promise<void> {
  if (!succeeded) return;
  await db.deleteFrom('inlogpoging').where((eb) => eb.or([eb('sleutel', '=', attempt.keys.accountClient), eb('id', 'in', attempt.rowIds)])).execute();
}

/** Deletes attempts older than the window (for a periodic job); returns how many. */
export async function cleanupLoginAttempts(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  const result = await db.deleteFrom('inlogpoging').where('tijdstip', '<=', new Date(now.getTime() - LOGIN_WINDOW_MS)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
