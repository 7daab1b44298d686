import { getConfig } from '../config/config.ts';
import { getDatabase, getReferenceLookups } from '../runtime/app-context.ts';
import { randstadDefinition } from '../statistics/definitions.ts';
import { loadPublishedFigures } from '../statistics/published-series.ts';
import { listSnapshotVersions } from '../statistics/snapshot-history.ts';

/** Data of /cijfers/methode (both languages): published figures, every inventory version, the Randstad definition. */
export async function methodPageRoute() {
  const [{ db }, lookups] = await Promise.all([getDatabase(), getReferenceLookups()]);
  const [published, snapshots] = await Promise.all([loadPublishedFigures(db), listSnapshotVersions(db)]);
  const regionNames = new Map([['NL01', 'Nederland'], ...lookups.catalog.provinces.map((p) => [p.code, p.naam] as [string, string])]);
  return { published, snapshots, randstad: randstadDefinition(getConfig().RANDSTAD_PROVINCES), regionNames };
}
