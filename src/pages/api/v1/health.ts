import type { APIRoute } from 'astro';
import { API_VERSION, jsonResponse } from '../../../lib/http/problem.ts';
import { getDatabase, getSearch } from '../../../lib/runtime/app-context.ts';
import { SearchDisabledError } from '../../../lib/search/search-client.ts';
import { checkHealth } from '../../../lib/runtime/health.ts';

/** GET /api/v1/health: the state of database and search; 503 problem (with the same fields) when one is down. */
export const GET: APIRoute = async () => {
  const report = await checkHealth({
    db: async () => (await getDatabase()).db,
    search: async () => {
      try {
        return await getSearch();
      } catch (error) {
        if (error instanceof SearchDisabledError) return null;
        throw error;
      }
    },
  });
  if (report.status === 'ok') return jsonResponse(report, { headers: { 'Cache-Control': 'no-store' } });
  const down = [report.database.status === 'down' ? 'database' : null, report.search.status === 'down' ? 'zoekmachine' : null].filter(Boolean);
  const body = { ...report, type: 'about:blank', title: 'Dienst gedeeltelijk beschikbaar', status: 503, toestand: report.status, detail: `Niet bereikbaar: ${down.join(' en ')}.` };
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', 'API-Version': API_VERSION },
  });
};
