import type { APIRoute } from 'astro';
import { applicationTemplateCsv } from '../../../lib/intake/application-template.ts';

/** GET /dashboard/import/sjabloon.csv: the import template. */
export const GET: APIRoute = () => new Response(applicationTemplateCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="sollicitaties-sjabloon.csv"' } });
