import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { checkAccess, rolesOf } from './access-rules.ts';
import { authenticateApiToken, bearerToken } from './api-tokens.ts';
import { lookupSession, readSessionToken, type Session } from './sessions.ts';

/** Paths where a session or token matters; everything else is public and skips the lookups. */
const PROTECTED = /^\/(dashboard|cijfers\/upload|login|logout|api\/v1\/(sollicitaties|vacatures))(\/|$)/;

/** What the access check decided for one request. */
export type RequestAuth =
  | { decision: 'allowed'; session: Session | null; tokenOrganisation: string | null }
  | { decision: 'unauthenticated' | 'forbidden'; session: Session | null; tokenOrganisation: string | null };

/**
 * Resolves who is asking (session cookie, organisation token) and applies the declared access
 * matrix (src/lib/auth/access-rules.ts). Public reads return at once without touching the database.
 */
export async function authenticateRequest(db: () => Promise<Kysely<DB>>, request: Request, pathname: string): Promise<RequestAuth> {
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  if (!PROTECTED.test(pathname)) {
    const decision = checkAccess(method, pathname, ['anoniem']);
    if (decision === 'allowed') return { decision, session: null, tokenOrganisation: null };
  }
  const database = await db();
  const session = await lookupSession(database, readSessionToken(request.headers.get('cookie')));
  const authorization = request.headers.get('authorization');
  const tokenOrganisation = bearerToken(authorization) ? await authenticateApiToken(database, authorization) : null;
  const decision = checkAccess(method, pathname, rolesOf(session?.user, tokenOrganisation));
  return { decision, session, tokenOrganisation };
}
