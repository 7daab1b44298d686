import type { APIRoute } from 'astro';
import { reportToCsv } from '../../../lib/import/row-report.ts';
import { takeReport } from '../../../lib/intake/report-store.ts';

/** GET /dashboard/import/rapport.csv?id=…: the uploader's own import report, for an hour after the import. */
export const GET: APIRoute = ({ url, locals }) => {
  const report = takeReport(locals.session!.user.id, url.searchParams.get('id') ?? '');
  if (!report) return new Response('Dit rapport bestaat niet (meer). Rapporten blijven een uur beschikbaar voor wie de import deed.', { status: 404 });
  return new Response(reportToCsv(report), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="importrapport.csv"', 'Cache-Control': 'no-store' } });
};
