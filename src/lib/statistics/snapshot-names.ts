import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SnapshotCsvNames } from './snapshot-csv.ts';

/** Names of organisations, municipalities and provinces for a snapshot download. */
export async function snapshotNames(db: Kysely<DB>, lookups: { organisationNames: ReadonlyMap<string, string> }): Promise<SnapshotCsvNames> {
  const [municipalities, provinces] = await Promise.all([db.selectFrom('gemeente').select(['code', 'naam']).execute(), db.selectFrom('provincie').select(['code', 'naam']).execute()]);
  return { organisations: lookups.organisationNames, municipalities: new Map(municipalities.map((m) => [m.code, m.naam])), provinces: new Map(provinces.map((p) => [p.code, p.naam])) };
}
