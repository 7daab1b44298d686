import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../lib/http/problem.ts';
import { listOrganisations } from '../../../lib/organisations/organisation-repository.ts';
import { getDatabase } from '../../../lib/runtime/app-context.ts';

/** GET /api/v1/organisaties: every government organisation with its stable code and BZK sector. */
export const GET: APIRoute = async () => {
  const { db } = await getDatabase();
  const organisaties = await listOrganisations(db);
  return jsonResponse({ organisaties, totaal: organisaties.length }, { headers: { 'Cache-Control': 'public, max-age=300' } });
};
