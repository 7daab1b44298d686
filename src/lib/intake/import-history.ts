import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ImportKanaal, ImportSoort, ImportUitkomst } from '../db/schema-import-history.ts';

/** One import attempt as the history lists it. */
export interface ImportHistoryEntry {
  id: number;
  organisatieCode: string;
  gestartOp: Date;
  door: string;
  kanaal: ImportKanaal;
  soort: ImportSoort;
  uitkomst: ImportUitkomst;
  formaat: string | null;
  geaccepteerd: number;
  ongewijzigd: number;
  afgewezen: number;
  verlopen: number;
  bewaarmelding: string | null;
  foutmelding: string | null;
  importId: number | null;
}

/** What is recorded about an attempt (the time and id are set by the database). */
export type ImportAttempt = Omit<ImportHistoryEntry, 'id' | 'gestartOp'> & { gestartOp?: Date };

/**
 * Records one import attempt, after its own transaction has ended (committed, rolled back as a dry run, or
 * refused), so dry runs and refused files appear in the history too. Only counts and the texts the uploader saw.
 */
export async function recordImportAttempt(db: Kysely<DB>, attempt: ImportAttempt): Promise<number> {
  const row = await db
    .insertInto('import_geschiedenis')
    .values({
      organisatie_code: attempt.organisatieCode,
      ...(attempt.gestartOp ? { gestart_op: attempt.gestartOp } : {}),
      door: attempt.door,
      kanaal: attempt.kanaal,
      soort: attempt.soort,
      uitkomst: attempt.uitkomst,
      formaat: attempt.formaat,
      geaccepteerd: attempt.geaccepteerd,
      ongewijzigd: attempt.ongewijzigd,
      afgewezen: attempt.afgewezen,
      verlopen: attempt.verlopen,
      bewaarmelding: attempt.bewaarmelding,
      foutmelding: attempt.foutmelding,
      import_id: attempt.importId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** The latest attempts for some organisations, newest first (an empty list of organisations gives nothing). */
export async function listImportHistory(db: Kysely<DB>, organisations: readonly string[], limit = 20): Promise<ImportHistoryEntry[]> {
  if (organisations.length === 0) return [];
  const rows = await db
    .selectFrom('import_geschiedenis')
    .selectAll()
    .where('organisatie_code', 'in', [...organisations])
    .orderBy('gestart_op', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    organisatieCode: r.organisatie_code,
    gestartOp: r.gestart_op,
    door: r.door,
    kanaal: r.kanaal,
    soort: r.soort,
    uitkomst: r.uitkomst,
    formaat: r.formaat,
    geaccepteerd: r.geaccepteerd,
    ongewijzigd: r.ongewijzigd,
    afgewezen: r.afgewezen,
    verlopen: r.verlopen,
    bewaarmelding: r.bewaarmelding,
    foutmelding: r.foutmelding,
    importId: r.import_id === null ? null : Number(r.import_id),
  }));
}
