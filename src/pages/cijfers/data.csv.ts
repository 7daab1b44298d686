import type { APIRoute } from 'astro';
import { getConfig } from '../../lib/config/config.ts';
import { toCsv } from '../../lib/import/formula-guard.ts';
import { UTF8_BOM } from '../../lib/import/row-report.ts';
import { getDatabase, getReferenceLookups } from '../../lib/runtime/app-context.ts';
import { parseFiguresParams } from '../../lib/statistics/figures-params.ts';
import { loadFiguresPageData } from '../../lib/statistics/figures-page-data.ts';

/** GET /cijfers/data.csv?…: the table of the monitor as CSV (semicolons, BOM for Excel, formula-safe). */
export const GET: APIRoute = async ({ url }) => {
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const { params } = parseFiguresParams(url.searchParams);
  const data = await loadFiguresPageData(db, { ...params, sorteer: 'regio', richting: 'op' }, { provinces: new Map(lookups.catalog.provinces.map((p) => [p.code, p.naam])), corop: new Map(lookups.catalog.corop.map((c) => [c.code, c.naam])) }, getConfig().RANDSTAD_PROVINCES);
  const demo = data.report?.snapshot.isDemo ? 'ja' : 'nee';
  const header = ['peildatum', 'regio_code', 'regio_naam', 'sector', 'fte', 'aandeel_pct', 'verschil_fte', 'verschil_pct', 'fte_per_1000_inwoners', 'fte_per_1000_beroepsbevolking', 'snapshot_id', 'voorbeeldgegevens'];
  const rows = data.rows.map((r) => [`${data.jaar}-01-01`, r.code, r.naam, params.sector ?? 'alle', r.fte, r.aandeel, r.verschil, r.verschilPct, r.perDuizendInwoners, r.perDuizendBeroepsbevolking, data.report?.snapshot.id ?? null, demo]);
  const body = UTF8_BOM + toCsv([header, ...rows]);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="rijkswerkgelegenheid-${params.niveau}-${data.jaar}.csv"` } });
};
