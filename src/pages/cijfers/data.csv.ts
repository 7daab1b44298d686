import type { APIRoute } from 'astro';
import { getConfig } from '../../lib/config/config.ts';
import { getDatabase, getReferenceLookups } from '../../lib/runtime/app-context.ts';
import { figuresCsv } from '../../lib/statistics/figures-csv.ts';
import { parseFiguresParams } from '../../lib/statistics/figures-params.ts';
import { loadFiguresPageData } from '../../lib/statistics/figures-page-data.ts';

/** GET /cijfers/data.csv?…: the table of the monitor as CSV (semicolons, BOM for Excel, formula-safe). */
export const GET: APIRoute = async ({ url }) => {
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const { params } = parseFiguresParams(url.searchParams);
  const data = await loadFiguresPageData(db, { ...params, sorteer: 'regio', richting: 'op' }, { provinces: new Map(lookups.catalog.provinces.map((p) => [p.code, p.naam])), corop: new Map(lookups.catalog.corop.map((c) => [c.code, c.naam])) }, getConfig().RANDSTAD_PROVINCES);
  return new Response(figuresCsv(data, params.sector), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="rijkswerkgelegenheid-${params.niveau}-${data.jaar}.csv"` } });
};
