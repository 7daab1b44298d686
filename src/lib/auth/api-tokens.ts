import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { RANDOM_TOKEN_PATTERN, randomToken, sha256Hex } from './token-hash.ts';

/** Prefix of every organisation API token, so leaked tokens are recognisable (and scannable). */
export const API_TOKEN_PREFIX = 'rir_';

/** A token as listed (never includes the token itself; that is shown once, at creation). */
export interface ApiTokenSummary {
  id: number;
  organisatieCode: string;
  label: string;
  aangemaaktOp: Date;
  ingetrokkenOp: Date | null;
}

/**
 * Creates an API token for an organisation. Returns the token in full exactly once; the database
 * keeps only its sha256. Throws with a Dutch message for an unknown organisation or empty label.
 */
export async function createApiToken(db: Kysely<DB>, input: { organisatieCode: string; label: string }): Promise<{ id: number; token: string }> {
  const label = input.label.trim();
  if (!label) throw new Error('Geef het token een label, bijvoorbeeld de naam van de koppeling.');
  const organisation = await db.selectFrom('organisatie').select('code').where('code', '=', input.organisatieCode).executeTakeFirst();
  if (!organisation) throw new Error(`Onbekende organisatie "${input.organisatieCode}".`);
  const token = `${API_TOKEN_PREFIX}${randomToken()}`;
  const row = await db.insertInto('api_token').values({ organisatie_code: organisation.code, label, token_hash: sha256Hex(token), ingetrokken_op: null }).returning('id').executeTakeFirstOrThrow();
  return { id: row.id, token };
}

/** The token from an `Authorization: Bearer rir_…` header, or null when absent or malformed. */
export function bearerToken(authorization: string | null | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  const token = match?.[1];
  if (!token || !token.startsWith(API_TOKEN_PREFIX) || !RANDOM_TOKEN_PATTERN.test(token.slice(API_TOKEN_PREFIX.length))) return null;
  return token;
}

/**
 * The organisation an `Authorization` header authenticates, or null (missing, malformed, unknown
 * or revoked token). Lookup is by sha256 of a 256-bit secret, so timing reveals nothing useful.
 */
export async function authenticateApiToken(db: Kysely<DB>, authorization: string | null | undefined): Promise<string | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  const row = await db.selectFrom('api_token').select('organisatie_code').where('token_hash', '=', sha256Hex(token)).where('ingetrokken_op', 'is', null).executeTakeFirst();
  return row?.organisatie_code ?? null;
}

/** Revokes a token by id; false when there is no such token or it was already revoked. */
export async function revokeApiToken(db: Kysely<DB>, id: number, now: Date = new Date()): Promise<boolean> {
  const result = await db.updateTable('api_token').set({ ingetrokken_op: now }).where('id', '=', id).where('ingetrokken_op', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every token (active and revoked), newest first, optionally for one organisation. */
export async function listApiTokens(db: Kysely<DB>, organisatieCode?: string): Promise<ApiTokenSummary[]> {
  let query = db.selectFrom('api_token').select(['id', 'organisatie_code', 'label', 'aangemaakt_op', 'ingetrokken_op']).orderBy('id', 'desc');
  if (organisatieCode) query = query.where('organisatie_code', '=', organisatieCode);
  const rows = await query.execute();
  return rows.map((r) => ({ id: r.id, organisatieCode: r.organisatie_code, label: r.label, aangemaaktOp: r.aangemaakt_op, ingetrokkenOp: r.ingetrokken_op }));
}
