import type { APIRoute } from 'astro';
import { z } from 'zod';
import { jsonResponse, parseQuery } from '../../../../lib/http/problem.ts';
import { publicIntakeFigures } from '../../../../lib/intake/public-intake.ts';
import { getDatabase } from '../../../../lib/runtime/app-context.ts';

const querySchema = z.strictObject({
  jaar: z.coerce.number('jaar moet een jaartal zijn').int().min(2000).max(2100),
  voorbeeldgegevens: z.enum(['ja', 'nee'], 'gebruik ja of nee').default('nee'),
});

/**
 * GET /api/v1/statistieken/instroom?jaar=2026: national measure-6 figures, already suppressed. Real data
 * only; `voorbeeldgegevens=ja` returns the demo data instead, labelled, never mixed.
 */
export const GET: APIRoute = async ({ url }) => {
  const parsed = parseQuery(querySchema, url.searchParams);
  if (!parsed.ok) return parsed.response;
  const figures = await publicIntakeFigures((await getDatabase()).db, { jaar: parsed.data.jaar, voorbeeldgegevens: parsed.data.voorbeeldgegevens === 'ja' });
  return jsonResponse(figures, { headers: { 'Cache-Control': 'public, max-age=300' } });
};
