import type { APIRoute } from 'astro';
import { getConfig } from '../../../lib/config/config.ts';
import { getDatabase } from '../../../lib/runtime/app-context.ts';
import { inventoryDataset } from '../../../lib/statistics/dcat-dataset.ts';
import { listPublishedSnapshots } from '../../../lib/statistics/employment-queries.ts';

/** GET /cijfers/inventarisatie/dataset.jsonld: DCAT-AP-NL description of the inventory dataset. */
export const GET: APIRoute = async () => {
  const snapshots = await listPublishedSnapshots((await getDatabase()).db);
  return new Response(JSON.stringify(inventoryDataset(getConfig().PUBLIC_BASE_URL, snapshots), null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
};
