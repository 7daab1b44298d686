import type { APIRoute } from 'astro';
import { getConfig } from '../../../lib/config/config.ts';
import { getDatabase } from '../../../lib/runtime/app-context.ts';
import { snapshotDownloadPaths } from '../../../lib/statistics/dcat-dataset.ts';
import { findPublishedSnapshotById } from '../../../lib/statistics/employment-queries.ts';
import { snapshotCsvwMetadata } from '../../../lib/statistics/snapshot-csv.ts';

/** GET /cijfers/inventarisatie/snapshot-{id}.csv-metadata.json: CSV on the Web metadata (JSON-LD) of the download. */
export const GET: APIRoute = async ({ params }) => {
  const id = /^[1-9]\d{0,9}$/.test(params.id ?? '') ? Number(params.id) : null;
  const snapshot = id === null ? null : await findPublishedSnapshotById((await getDatabase()).db, id);
  if (!snapshot) return new Response('Er is geen gepubliceerde inventarisatie met dit nummer.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const metadata = snapshotCsvwMetadata(snapshot, `${getConfig().PUBLIC_BASE_URL}${snapshotDownloadPaths(snapshot.id).csv}`);
  return new Response(JSON.stringify(metadata, null, 2), { headers: { 'Content-Type': 'application/csvm+json; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' } });
};
