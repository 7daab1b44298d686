import { sql, type Transaction } from 'kysely';
import { copyLine, type CopyIn } from '../db/bulk-copy.ts';
import type { DB } from '../db/schema.ts';
import type { IntakeFase, IntakeUitkomst } from '../db/schema-intake.ts';
import { addRemovedRows, refreshIntakeRollup } from './intake-rollup.ts';

/** One application ready to store: pseudonymised, regions resolved, retention date set. No postcode. */
export interface PreparedApplication {
  /** Row of the import file (for the report); demo rows number themselves. */
  rowNumber: number;
  /** Pseudonym under the current key. */
  sollicitantSleutel: string;
  /** Pseudonyms of the same applicant under the previous keys (APP_SECRET_PREVIOUS), to find rows stored under them. */
  eerdereSleutels?: readonly string[];
  vacatureId: string | null;
  externeVacature: string | null;
  werkplaatsGemeenteCode: string;
  sollicitatiedatum: string;
  woonGemeenteCode: string | null;
  fase: IntakeFase;
  uitkomst: IntakeUitkomst;
  datumGesprek: string | null;
  datumAanbod: string | null;
  datumIndiensttreding: string | null;
  bewarenTot: string;
  toestemming: boolean;
}

/** Rows per staging batch: one COPY (or, without COPY, one JSON parameter) of about 1 MB. */
export const STAGING_BATCH_SIZE = 5000;

const STAGING_COLUMNS = `intake_staging (regel, sollicitant_sleutel, vacature_id, externe_vacature, werkplaats_gemeente_code, sollicitatiedatum,
  woon_gemeente_code, fase, uitkomst, datum_gesprek, datum_aanbod, datum_indiensttreding, bewaren_tot, toestemming, eerdere_sleutels)`;

/**
 * What to do with a NEW application (not yet stored) whose retention date already lies before today:
 * `skip` = neither store nor count it (it may have been counted and deleted before: counting it again would
 * double it); `count` = count it in the rollup without storing it (history load into an empty organisation);
 * `store` = store it like any other row (demo data; retention removes it later).
 */
export type ExpiredPolicy = 'skip' | 'count' | 'store';

/** Outcome of {@link mergeStagedApplications}. */
export interface MergeResult {
  /** Rows inserted or changed. */
  accepted: number;
  /** Rows identical to what was stored. */
  unchanged: number;
  /** Stored rows found under a previous pseudonym key and moved to the current one (their record key stays). */
  rekeyed: number;
  /** New rows past their retention date: skipped, or counted without storing (see {@link ExpiredPolicy}). */
  expired: number;
  /** Later rows for the same applicant and vacancy as an earlier row of the file (first `limit` of them). */
  duplicates: { rowNumber: number; firstRowNumber: number }[];
  duplicateCount: number;
}

/**
 * Creates the transaction-scoped staging table. Staging lets the file be streamed in batches while duplicates
 * and the upsert are handled set-wise in the database, so memory stays flat however large the file is.
 */
export async function createApplicationStaging(trx: Transaction<DB>): Promise<void> {
  await sql`drop table if exists pg_temp.intake_staging`.execute(trx);
  await sql`
    create temp table intake_staging (
      regel integer not null,
      sollicitant_sleutel text not null,
      eerdere_sleutels text[] not null,
      vacature_id uuid,
      externe_vacature text,
      vacature_sleutel text generated always as (coalesce(vacature_id::text, externe_vacature)) stored,
      record_sleutel bigint generated always as (rir_record_sleutel(sollicitant_sleutel, coalesce(vacature_id::text, externe_vacature))) stored,
      werkplaats_gemeente_code varchar(6) not null,
      sollicitatiedatum date not null,
      woon_gemeente_code varchar(6),
      fase text not null,
      uitkomst text not null,
      datum_gesprek date,
      datum_aanbod date,
      datum_indiensttreding date,
      bewaren_tot date not null,
      toestemming boolean not null,
      dubbel_van integer,
      verlopen boolean not null default false
    ) on commit drop`.execute(trx);
}

/**
 * Appends prepared rows to the staging table: with `copyIn` as one COPY (text format) — the database parses
 * nothing but plain values — otherwise in batches that each travel as ONE JSON parameter unpacked with
 * json_to_recordset (far cheaper than thousands of parameters in a multi-row VALUES list).
 */
export async function stageApplications(trx: Transaction<DB>, rows: readonly PreparedApplication[], copyIn?: CopyIn): Promise<void> {
  if (rows.length === 0) return;
  if (copyIn) {
    await copyIn(trx as unknown as Transaction<never>, STAGING_COLUMNS, rows.map(stagingLine).join(''));
    return;
  }
  for (let start = 0; start < rows.length; start += STAGING_BATCH_SIZE) {
    const batch = rows.slice(start, start + STAGING_BATCH_SIZE);
    const json = JSON.stringify(
      batch.map((r) => [r.rowNumber, r.sollicitantSleutel, r.vacatureId, r.externeVacature, r.werkplaatsGemeenteCode, r.sollicitatiedatum, r.woonGemeenteCode, r.fase, r.uitkomst, r.datumGesprek, r.datumAanbod, r.datumIndiensttreding, r.bewarenTot, r.toestemming, r.eerdereSleutels ?? []]),
    );
    await sql`
      insert into ${sql.raw(STAGING_COLUMNS)}
      select (r->>0)::int, r->>1, (r->>2)::uuid, r->>3, r->>4, (r->>5)::date, r->>6, r->>7, r->>8, (r->>9)::date, (r->>10)::date, (r->>11)::date, (r->>12)::date, (r->>13)::boolean,
             array(select json_array_elements_text(r->14))
      from json_array_elements(${json}::json) as r`.execute(trx);
  }
}

/** One prepared row as a line of COPY text for the staging table. */
function stagingLine(r: PreparedApplication): string {
  // Pseudonyms are 64 hex characters: an array literal needs no quoting.
  const earlier = `{${(r.eerdereSleutels ?? []).join(',')}}`;
  return copyLine([r.rowNumber, r.sollicitantSleutel, r.vacatureId, r.externeVacature, r.werkplaatsGemeenteCode, r.sollicitatiedatum, r.woonGemeenteCode, r.fase, r.uitkomst, r.datumGesprek, r.datumAanbod, r.datumIndiensttreding, r.bewarenTot, r.toestemming, earlier]);
}

/**
 * One staging batch being filled. With COPY each row becomes its line of text at once, so the row objects can die
 * young instead of waiting in an array for the batch to be sent; without COPY the rows are kept for JSON staging.
 */
export class StagingBatch {
  readonly #copyIn: CopyIn | undefined;
  #lines: string[] = [];
  #rows: PreparedApplication[] = [];

  constructor(copyIn?: CopyIn) {
    this.#copyIn = copyIn;
  }

  /** Rows in the batch. */
  get size(): number {
    return this.#copyIn ? this.#lines.length : this.#rows.length;
  }

  /** Adds one prepared row. */
  add(row: PreparedApplication): void {
    if (this.#copyIn) this.#lines.push(stagingLine(row));
    else this.#rows.push(row);
  }

  /** Empties the batch and writes what it held to the staging table. */
  flush(trx: Transaction<DB>): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    if (!this.#copyIn) {
      const rows = this.#rows;
      this.#rows = [];
      return stageApplications(trx, rows);
    }
    const text = this.#lines.join('');
    this.#lines = [];
    return this.#copyIn(trx as unknown as Transaction<never>, STAGING_COLUMNS, text);
  }
}

// Columns written by the upsert; all of them but the key take part in the "changed?" comparison.
const DATA_COLUMNS = [
  'vacature_id',
  'externe_vacature',
  'werkplaats_gemeente_code',
  'sollicitatiedatum',
  'woon_gemeente_code',
  'fase',
  'uitkomst',
  'datum_gesprek',
  'datum_aanbod',
  'datum_indiensttreding',
  'bewaren_tot',
  'toestemming',
  'is_demo',
] as const;

/**
 * Moves the staged rows of one organisation into `sollicitatie` and refreshes its rollup, inside the caller's
 * transaction; empties the staging table afterwards. Idempotent: a row identical to the stored one is not
 * written (UPDATE … WHERE changed, INSERT … WHERE NOT EXISTS), so importing the same file twice changes nothing.
 */
export async function mergeStagedApplications(
  trx: Transaction<DB>,
  options: {
    organisatieCode: string;
    importId: number | null;
    isDemo: boolean;
    today: string;
    expired: ExpiredPolicy;
    /** Id of the current pseudonym key (the one the staged `sollicitant_sleutel` values were made with). */
    keyId: string;
    maxDuplicates?: number;
    /** Called after each step with its name and duration (the import benchmark's profile). */
    onPhase?: (phase: string, milliseconds: number) => void;
  },
): Promise<MergeResult> {
  const { organisatieCode: org, importId, isDemo, today, keyId } = options;
  let lapStart = performance.now();
  const lap = (phase: string): void => {
    const now = performance.now();
    options.onPhase?.(phase, now - lapStart);
    lapStart = now;
  };
  const limit = options.maxDuplicates ?? 10_000;

  // Statistics for the joins below: a temp table is never analysed automatically, and without them the planner
  // guesses a few hundred rows and may probe the stored rows once per staged row.
  await sql`analyze intake_staging`.execute(trx);
  // 1. Duplicates within the file: the first row of an (applicant, vacancy) pair wins.
  await sql`
    update intake_staging s set dubbel_van = d.eerste
    from (select regel, min(regel) over (partition by sollicitant_sleutel, vacature_sleutel) as eerste from intake_staging) d
    where s.regel = d.regel and d.regel <> d.eerste`.execute(trx);
  const duplicates = (
    await sql<{ regel: number; dubbel_van: number }>`
      select regel, dubbel_van from intake_staging where dubbel_van is not null order by regel limit ${limit}`.execute(trx)
  ).rows.map((r) => ({ rowNumber: r.regel, firstRowNumber: r.dubbel_van }));
  const duplicateCount = (await sql<{ n: number }>`select count(*)::int as n from intake_staging where dubbel_van is not null`.execute(trx)).rows[0]!.n;

  lap('analyse + duplicates');
  // 2. Rotation: a stored row whose pseudonym was made with a previous key is the same application; it moves to
  //    the current key here (so the upsert below finds it: no duplicate) and keeps its record key (migration 0086).
  //    A row already stored under the current key as well is left alone (it would violate the unique key).
  //    The old pseudonyms are materialised first so the join is an equality on the unique key whatever the
  //    planner's statistics (PGlite has no autovacuum: unanalysed, it joined on the vacancy alone, 8M comparisons
  //    for 20,000 rows).
  const rekeyed = await sql<{ n: number }>`
    with eerder as materialized (
      select s.sollicitant_sleutel, s.vacature_sleutel, e.oud from intake_staging s cross join lateral unnest(s.eerdere_sleutels) as e(oud)
      where s.dubbel_van is null
    ), omgezet as (
      update sollicitatie t set sollicitant_sleutel = s.sollicitant_sleutel, pseudoniem_sleutel_id = ${keyId}
      from eerder s
      where t.organisatie_code = ${org} and t.sollicitant_sleutel = s.oud and t.vacature_sleutel = s.vacature_sleutel
        and not exists (select 1 from sollicitatie u
          where u.organisatie_code = ${org} and u.sollicitant_sleutel = s.sollicitant_sleutel and u.vacature_sleutel = s.vacature_sleutel)
      returning 1
    )
    select count(*)::int as n from omgezet`.execute(trx);

  lap('re-key');
  // 3. New rows already past retention (existing rows are always updated: retention deletes them next run).
  if (options.expired !== 'store') {
    await sql`
      update intake_staging s set verlopen = true
      where s.dubbel_van is null and s.bewaren_tot < ${today}::date
        and not exists (select 1 from sollicitatie t
          where t.organisatie_code = ${org} and t.sollicitant_sleutel = s.sollicitant_sleutel and t.vacature_sleutel = s.vacature_sleutel)`.execute(trx);
  }
  const counts = (
    await sql<{ kandidaten: number; verlopen: number }>`
      select count(*) filter (where not verlopen)::int as kandidaten, count(*) filter (where verlopen)::int as verlopen
      from intake_staging where dubbel_van is null`.execute(trx)
  ).rows[0]!;

  lap('expired');
  // 4. Upsert, as two set-based statements instead of INSERT … ON CONFLICT: an UPDATE joined to the stored rows
  //    (a hash join, not an index probe per row) for rows that really changed, then an INSERT of the rows not yet
  //    stored (anti-join). Same outcome as ON CONFLICT DO UPDATE … WHERE changed: the organisation's advisory lock
  //    (lockOrganisationIntake) keeps other writers out between the two, and a row that slipped in anyway makes the
  //    INSERT fail on sollicitatie_uq, never count twice. New rows carry their record key from staging (same
  //    function as the trigger), so the trigger's WHEN clause (migration 0110) skips them.
  const changed = sql.join(DATA_COLUMNS.map((c) => sql`t.${sql.ref(c)} is distinct from v.${sql.ref(c)}`), sql` or `);
  const updates = sql.join([...DATA_COLUMNS, 'import_id'].map((c) => sql`${sql.ref(c)} = v.${sql.ref(c)}`));
  const updated = await sql<{ n: number }>`
    with geschreven as (
      update sollicitatie t set ${updates}
      from (
        select s.sollicitant_sleutel, s.vacature_sleutel, s.vacature_id, s.externe_vacature, s.werkplaats_gemeente_code, s.sollicitatiedatum,
               s.woon_gemeente_code, s.fase, s.uitkomst, s.datum_gesprek, s.datum_aanbod, s.datum_indiensttreding, s.bewaren_tot,
               s.toestemming, ${isDemo}::boolean as is_demo, ${importId}::bigint as import_id
        from intake_staging s where s.dubbel_van is null and not s.verlopen
      ) v
      where t.organisatie_code = ${org} and t.sollicitant_sleutel = v.sollicitant_sleutel and t.vacature_sleutel = v.vacature_sleutel
        and (${changed})
      returning 1
    )
    select count(*)::int as n from geschreven`.execute(trx);
  lap('update changed');
  const columnList = sql.join(DATA_COLUMNS.map((c) => sql.ref(c)));
  const inserted = await sql<{ n: number }>`
    with geschreven as (
      insert into sollicitatie (organisatie_code, sollicitant_sleutel, pseudoniem_sleutel_id, ${columnList}, import_id, record_sleutel)
      select ${org}, s.sollicitant_sleutel, ${keyId}::text, s.vacature_id, s.externe_vacature, s.werkplaats_gemeente_code, s.sollicitatiedatum,
             s.woon_gemeente_code, s.fase, s.uitkomst, s.datum_gesprek, s.datum_aanbod, s.datum_indiensttreding, s.bewaren_tot,
             s.toestemming, ${isDemo}::boolean, ${importId}::bigint, s.record_sleutel
      from intake_staging s
      where s.dubbel_van is null and not s.verlopen
        and not exists (select 1 from sollicitatie t
          where t.organisatie_code = ${org} and t.sollicitant_sleutel = s.sollicitant_sleutel and t.vacature_sleutel = s.vacature_sleutel)
      order by s.regel
      returning 1
    )
    select count(*)::int as n from geschreven`.execute(trx);
  const accepted = updated.rows[0]!.n + inserted.rows[0]!.n;

  lap('insert new');
  // 5. History load: expired new rows enter the figures as already-removed rows.
  if (options.expired === 'count' && counts.verlopen > 0) {
    await addRemovedRows(trx, sql`intake_staging`, sql`s.verlopen`, sql`${org}::text`, sql`${isDemo}::boolean`, true);
  }
  await refreshIntakeRollup(trx, org);
  lap('rollup');
  await sql`truncate intake_staging`.execute(trx);
  return { accepted, unchanged: counts.kandidaten - accepted, rekeyed: rekeyed.rows[0]!.n, expired: counts.verlopen, duplicates, duplicateCount };
}
