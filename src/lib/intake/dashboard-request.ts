import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { parseDashboardParams, type DashboardParams } from './dashboard-params.ts';
import { dashboardScope } from './dashboard-scope.ts';
import type { IntakeFilter } from './intake-filter.ts';

/** A parsed, scoped dashboard request: the filter to run, or the organisations that were refused. */
export type DashboardRequest =
  | { ok: true; params: DashboardParams; problems: { name: string; reason: string }[]; filter: IntakeFilter; query: string }
  | { ok: false; forbidden: string[] };

/** Parses the query string and applies the user's organisation scope. */
export function dashboardRequest(user: SessionUser, search: URLSearchParams, extra: Partial<IntakeFilter> = {}): DashboardRequest {
  const { params, problems } = parseDashboardParams(search);
  const scope = dashboardScope(user, params.organisatie);
  if (!scope.ok) return { ok: false, forbidden: scope.forbidden };
  const filter: IntakeFilter = {
    ...(scope.organisations ? { organisations: scope.organisations } : {}),
    ...(params.van ? { fromQuarter: params.van } : {}),
    ...(params.tot ? { toQuarter: params.tot } : {}),
    ...(params.werkprovincie.length ? { workProvinces: params.werkprovincie } : {}),
    ...(params.vakgebied.length ? { fields: params.vakgebied } : {}),
    ...(params.opleidingsniveau.length ? { levels: params.opleidingsniveau } : {}),
    demo: params.gegevens === 'voorbeeld' ? 'only' : 'exclude',
    ...extra,
  };
  const query = new URLSearchParams();
  for (const code of params.organisatie) query.append('organisatie', code);
  if (params.van) query.set('van', params.van);
  if (params.tot) query.set('tot', params.tot);
  for (const code of params.werkprovincie) query.append('werkprovincie', code);
  for (const code of params.vakgebied) query.append('vakgebied', code);
  for (const code of params.opleidingsniveau) query.append('opleidingsniveau', code);
  if (params.fase !== 'sollicitatie') query.set('fase', params.fase);
  if (params.gegevens === 'voorbeeld') query.set('gegevens', 'voorbeeld');
  return { ok: true, params, problems, filter, query: query.toString() };
}

/** Quarters that have intake figures, oldest first. */
export async function availableQuarters(db: Kysely<DB>): Promise<string[]> {
  return (await db.selectFrom('instroom_kwartaal').select('kwartaal').distinct().orderBy('kwartaal').execute()).map((r) => r.kwartaal);
}

/** A plain 403 page for a refused organisation (no figures, no hint of what exists). */
export function forbiddenOrganisationResponse(): Response {
  return new Response('<!doctype html><html lang="nl"><meta charset="utf-8"><title>Geen toegang</title><h1>Geen toegang</h1><p>Je kunt alleen de cijfers van je eigen organisatie bekijken. <a href="/dashboard">Terug naar het dashboard</a></p></html>', { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
