import type { APIRoute } from 'astro';
import { getConfig } from '../../../../lib/config/config.ts';
import { problemResponse } from '../../../../lib/http/problem.ts';
import { getDatabase } from '../../../../lib/runtime/app-context.ts';
import { findPublishedSnapshotById } from '../../../../lib/statistics/employment-queries.ts';
import { reportPdf } from '../../../../lib/statistics/report-pdf.ts';
import { reportVersionPageUrl } from '../../../../lib/statistics/report-pdf-at-publish.ts';
import { parseVersionSegment, versionSegment } from '../../../../lib/statistics/report-versions.ts';

/**
 * GET /cijfers/rapportage/{jaar}/snapshot-{id}.pdf: the PDF of one frozen report version, as stored when it was
 * published; printed (and stored) here only if that failed, e.g. because Chromium was missing then.
 */
export const GET: APIRoute = async ({ params, url }) => {
  const snapshotId = parseVersionSegment(params.versie);
  const jaar = Number(params.jaar);
  const snapshot = snapshotId === null ? null : await findPublishedSnapshotById((await getDatabase()).db, snapshotId);
  if (!snapshot || snapshot.peildatum !== `${jaar}-01-01`) return problemResponse({ title: 'Rapportage niet gevonden', status: 404, detail: `Er is geen gepubliceerde versie ${params.versie ?? ''} van de rapportage ${params.jaar ?? ''}.` });
  const pageUrl = reportVersionPageUrl(url.origin, snapshot.peildatum, snapshot.id);
  const result = await reportPdf({ dataDir: getConfig().DATA_DIR, jaar, snapshotId: snapshot.id, pageUrl });
  if (!result.ok) return problemResponse({ title: 'PDF niet beschikbaar', status: 503, detail: result.reason });
  return new Response(new Uint8Array(result.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="rijkswerkgelegenheid-${jaar}-${versionSegment(snapshot.id)}.pdf"`,
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
};
