import { canSeeOrganisation } from '../auth/access-rules.ts';
import type { SessionUser } from '../auth/sessions.ts';

/** Which organisations a dashboard request may show, or why not. */
export type DashboardScope = { ok: true; organisations: string[] | undefined } | { ok: false; forbidden: string[] };

/**
 * HR coordinators see only their own organisations (all of them when none is asked for); analysts and
 * admins see any, and all when none is asked for. Asking for another organisation is refused, not ignored,
 * so a crafted URL can never widen the scope silently.
 */
export function dashboardScope(user: SessionUser, requested: string[]): DashboardScope {
  const forbidden = requested.filter((code) => !canSeeOrganisation(user, code));
  if (forbidden.length) return { ok: false, forbidden };
  if (requested.length) return { ok: true, organisations: requested };
  return { ok: true, organisations: user.rol === 'hr' ? [...user.organisaties] : undefined };
}
