import type { APIRoute } from 'astro';
import { z } from 'zod';
import { jsonResponse, parseQuery } from '../../../../../lib/http/problem.ts';
import { getDatabase, getReferenceLookups } from '../../../../../lib/runtime/app-context.ts';
import { SECTORS } from '../../../../../lib/statistics/figures-params.ts';
import { loadNationalSeries } from '../../../../../lib/statistics/published-series.ts';
import { loadRegionTimeSeries, regionLevel } from '../../../../../lib/statistics/region-time-series.ts';

const querySchema = z.strictObject({
  regio: z.string('regio is verplicht').refine((code) => regionLevel(code) !== null, 'gebruik NL01, een provinciecode (PV20–PV31) of een COROP-code (CR01–CR40)'),
  sector: z.enum(SECTORS, `kies uit ${SECTORS.join(', ')}`).optional(),
  voorbeeldgegevens: z.enum(['ja', 'nee'], 'kies ja of nee').optional(),
});

/** GET /api/v1/statistieken/rijkswerkgelegenheid/reeks?regio=PV20[&sector=…][&voorbeeldgegevens=ja|nee] */
export const GET: APIRoute = async ({ url }) => {
  const parsed = parseQuery(querySchema, url.searchParams);
  if (!parsed.ok) return parsed.response;
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const { regio, sector, voorbeeldgegevens } = parsed.data;
  const series = (await loadRegionTimeSeries(db, { regio, sector: sector ?? null, ...(voorbeeldgegevens ? { isDemo: voorbeeldgegevens === 'ja' } : {}) }))!;
  const naam = regio === 'NL01' ? 'Nederland' : (lookups.catalog.provinces.find((p) => p.code === regio)?.naam ?? lookups.catalog.corop.find((c) => c.code === regio)?.naam ?? regio);
  // The official series is a separate list: it is never merged into the inventory points.
  const officieel = regio === 'NL01' && !sector
    ? (await loadNationalSeries(db)).map((n) => ({ peildatum: n.peildatum, fte: n.fte, kamerstuk: n.officieel?.kamerstuk ?? null, kamerstukDatum: n.officieel?.kamerstukDatum ?? null, afgeleid: n.officieel?.soort === 'afgeleid', bron: n.bron }))
    : [];
  return jsonResponse({ ...series, naam, officieel }, { headers: { 'Cache-Control': 'public, max-age=300' } });
};
