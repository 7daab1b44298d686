import type { APIRoute } from 'astro';
import { getReferenceLookups } from '../../lib/runtime/app-context.ts';

/** GET /vacatures/plaatsen.json?q=zwo: up to 8 place names for the suggestions under the postcode-or-place field. */
export const GET: APIRoute = async ({ url }) => {
  const q = (url.searchParams.get('q') ?? '').slice(0, 60);
  const { places } = await getReferenceLookups();
  const labels = /^\d/.test(q.trim()) ? [] : places.suggest(q, 8).map((p) => p.label);
  return new Response(JSON.stringify(labels), { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } });
};
