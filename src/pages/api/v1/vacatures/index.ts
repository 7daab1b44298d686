import type { APIRoute } from 'astro';
import { hitToJson } from '../../../../lib/api/vacancy-json.ts';
import { getConfig } from '../../../../lib/config/config.ts';
import { jsonResponse, problemResponse } from '../../../../lib/http/problem.ts';
import { getReadDatabase, getReferenceLookups, getSearch } from '../../../../lib/runtime/app-context.ts';
import { criteriaToParams } from '../../../../lib/search/vacancy-search-params.ts';
import { runVacancySearch } from '../../../../lib/search/vacancy-search-service.ts';
import { handlePublish } from '../../../../lib/api/publish-endpoint.ts';

/** GET /api/v1/vacatures: the same search as the page, as JSON; any invalid parameter is a 400 problem. */
export const GET: APIRoute = async ({ url }) => {
  const [{ db }, lookups] = await Promise.all([getReadDatabase(), getReferenceLookups()]);
  const outcome = await runVacancySearch(url.searchParams, { db, search: getSearch, ...lookups });
  if (outcome.problems.length) {
    return problemResponse({
      title: 'Ongeldige zoekparameters',
      status: 400,
      detail: outcome.problems.map((p) => `${p.name}: ${p.reason}`).join('; '),
      invalidParams: outcome.problems,
    });
  }
  const base = getConfig().PUBLIC_BASE_URL;
  const { criteria: c, result } = outcome;
  const link = (pagina: number) => ({ href: `${base}/api/v1/vacatures?${criteriaToParams(c, { pagina }).toString()}` });
  return jsonResponse(
    {
      vacatures: result.hits.map((h) => hitToJson(h, base)),
      totaal: result.total,
      pagina: result.pagina,
      paginaGrootte: result.paginaGrootte,
      aantalPaginas: result.aantalPaginas,
      facetten: result.facets,
      zoekmachine: result.engine,
      _links: {
        self: link(c.pagina),
        ...(c.pagina > 1 ? { prev: link(c.pagina - 1) } : {}),
        ...(c.pagina < result.aantalPaginas ? { next: link(c.pagina + 1) } : {}),
      },
    },
    { headers: { 'Cache-Control': 'no-store', ...(outcome.degraded ? { Warning: '199 - "zoekmachine niet bereikbaar; antwoord uit de database"' } : {}) } },
  );
};

/** POST /api/v1/vacatures: publish (or update by kenmerk) a vacancy with an organisation API token. */
export const POST: APIRoute = async ({ request }) => handlePublish(request, null);
