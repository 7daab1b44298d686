import type { APIRoute } from 'astro';
import { getConfig } from '../../lib/config/config.ts';
import { toCsv } from '../../lib/import/formula-guard.ts';
import { UTF8_BOM } from '../../lib/import/row-report.ts';
import { loadDashboardFigures } from '../../lib/intake/dashboard-data.ts';
import { dashboardRequest, forbiddenOrganisationResponse } from '../../lib/intake/dashboard-request.ts';
import { FASES } from '../../lib/intake/intake-vocabulary.ts';
import { getDatabase } from '../../lib/runtime/app-context.ts';

/**
 * GET /dashboard/export.csv: the dashboard's funnel and matrix from the cell-key release, as CSV (real data, or the
 * demo data with ?gegevens=voorbeeld, labelled in the last column). Cells
 * starting with = + - @ are neutralised against formula injection (see formula-guard.ts).
 */
export const GET: APIRoute = async ({ url, locals }) => {
  const request = dashboardRequest(locals.session!.user, url.searchParams);
  if (!request.ok) return forbiddenOrganisationResponse();
  const figures = await loadDashboardFigures((await getDatabase()).db, request.filter, { fase: request.params.fase, randstad: getConfig().RANDSTAD_PROVINCES });
  const rows: (string | number | null)[][] = [['tabel', 'regio', ...FASES, 'voorbeeldgegevens']];
  for (const r of [...figures.funnel.rows, figures.funnel.total]) rows.push(['trechter per woonprovincie', r.region.naam, ...FASES.map((f) => r.reached[f].display), figures.containsDemo ? 'ja' : 'nee']);
  rows.push([]);
  rows.push(['matrix woonprovincie x werkprovincie', `fase: ${figures.matrix.fase}`, ...figures.matrix.columnLabels, 'Totaal']);
  figures.matrix.rowLabels.forEach((label, i) => rows.push(['matrix', label, ...figures.matrix.cells[i]!.map((c) => c.display), figures.matrix.rowTotals[i]!.display]));
  rows.push([]);
  rows.push(['toelichting', 'Elk getal heeft een eigen kleine afwijking (hooguit 3, celsleutelmethode); getallen onder 10: "<10"; rijen tellen niet altijd op. Zie /cijfers/methode.']);
  return new Response(UTF8_BOM + toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="regionale-instroom.csv"', 'Cache-Control': 'no-store' } });
};
