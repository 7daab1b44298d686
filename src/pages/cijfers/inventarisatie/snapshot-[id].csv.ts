import type { APIRoute } from 'astro';
import { getDatabase, getReferenceLookups } from '../../../lib/runtime/app-context.ts';
import { findPublishedSnapshotById, loadPublishedRows } from '../../../lib/statistics/employment-queries.ts';
import { snapshotCsv, snapshotCsvName } from '../../../lib/statistics/snapshot-csv.ts';
import { snapshotNames } from '../../../lib/statistics/snapshot-names.ts';

/** GET /cijfers/inventarisatie/snapshot-{id}.csv: every row of one frozen inventory (never changes). */
export const GET: APIRoute = async ({ params }) => {
  const id = /^[1-9]\d{0,9}$/.test(params.id ?? '') ? Number(params.id) : null;
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const snapshot = id === null ? null : await findPublishedSnapshotById(db, id);
  if (!snapshot) return new Response('Er is geen gepubliceerde inventarisatie met dit nummer.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const body = snapshotCsv(snapshot, await loadPublishedRows(db, snapshot.id), await snapshotNames(db, lookups));
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${snapshotCsvName(snapshot)}"`,
      'Cache-Control': 'public, max-age=31536000, immutable',
      Link: `</cijfers/inventarisatie/snapshot-${snapshot.id}.csv-metadata.json>; rel="describedby"; type="application/csvm+json"`,
    },
  });
};
