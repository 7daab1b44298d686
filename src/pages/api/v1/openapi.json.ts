import type { APIRoute } from 'astro';
import { openApiDocument } from '../../../lib/api/openapi-document.ts';
import { getConfig } from '../../../lib/config/config.ts';
import { jsonResponse } from '../../../lib/http/problem.ts';

/** GET /api/v1/openapi.json: the OpenAPI 3 description of this API. */
export const GET: APIRoute = () => jsonResponse(openApiDocument(getConfig().PUBLIC_BASE_URL), { headers: { 'Cache-Control': 'public, max-age=3600', 'Access-Control-Allow-Origin': '*' } });
